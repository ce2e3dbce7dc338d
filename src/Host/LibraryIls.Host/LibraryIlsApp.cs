using LibraryIls.Host.Api;
using LibraryIls.Host.Data;
using LibraryIls.Host.Jobs;
using LibraryIls.Host.Security;
using LibraryIls.Catalog;
using LibraryIls.Circulation;
using LibraryIls.Organization;
using LibraryIls.Patrons;
using LibraryIls.Reporting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;

namespace LibraryIls.Host;

/// <summary>Composes the modules into one web application.</summary>
internal static class LibraryIlsApp
{
    public static WebApplication Build(string[] args, bool forCommand = false)
    {
        // `dotnet run --project …` starts in the project folder; an installed copy may be started from anywhere
        // (`dotnet /opt/libraryils/LibraryIls.Host.dll`): then its own folder holds appsettings.json, not the current one.
        var contentRoot = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
            ? Directory.GetCurrentDirectory() : AppContext.BaseDirectory;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = contentRoot });
        if (forCommand)
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Jobs:Enabled"] = "false",
                ["Database:MigrateOnStart"] = "false",
            });
        builder.Services.AddSingleton(TimeProvider.System);
        var (database, databaseOptions) = builder.AddDatabase();
        builder.Services.AddApi();
        builder.Services.AddStaffAuthentication(builder.Configuration, builder.Environment, databaseOptions);
        builder.Services.AddOrganization();
        builder.Services.AddCatalog();
        builder.Services.AddPatrons();
        builder.Services.AddCirculation();
        builder.Services.AddReporting();
        builder.Services.AddJobs(builder.Configuration, database);

        var app = builder.Build();
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.All });
        // Language first: the error handler runs outside the inner middleware and must see the reader's culture.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSwagger();
        app.UseSwaggerUI(o => o.DocumentTitle = "LibraryIls API");
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .AllowAnonymous();
        app.MapOrganization();
        app.MapCatalog();
        app.MapPatrons();
        app.MapCirculation();
        app.MapReporting();
        return app;
    }
}
