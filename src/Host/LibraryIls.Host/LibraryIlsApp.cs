using LibraryIls.BuildingBlocks.Data;
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
    /// <summary>Where the API listens unless --urls, ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS or Kestrel:Endpoints say otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args, bool forCommand = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot(args) });
        if (!ListeningAddressConfigured(builder.Configuration)) builder.WebHost.UseUrls(DefaultUrl);
        if (forCommand)
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Jobs:Enabled"] = "false",
                ["Database:MigrateOnStart"] = "false",
            });
        builder.Services.AddSingleton(TimeProvider.System);
        var (database, databaseOptions) = builder.AddDatabase();
        builder.Services.AddApi();
        builder.Services.AddStaffAuthentication(builder.Configuration, databaseOptions);
        builder.Services.AddOrganization();
        builder.Services.AddCatalog();
        builder.Services.AddPatrons();
        builder.Services.AddCirculation();
        builder.Services.AddReporting();
        builder.Services.AddJobs(builder.Configuration, database);

        var app = builder.Build();
        WhereTheDataIs(app, database, databaseOptions, forCommand);
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
        app.MapJobs();
        return app;
    }

    /// <summary>
    /// The content root a service manager names (--contentRoot, ASPNETCORE_CONTENTROOT) wins. Otherwise the current folder
    /// when it holds appsettings.json (<c>dotnet run --project …</c> starts in the project folder), else the program's own
    /// folder, so an installed copy started from anywhere (<c>dotnet /opt/libraryils/LibraryIls.Host.dll</c>) still reads
    /// its appsettings.json; its data goes elsewhere (<see cref="DataFolderChoice"/>).
    /// </summary>
    private static string? ContentRoot(string[] args)
    {
        // Read as the host reads it: the command line and the ASPNETCORE_ and DOTNET_ variables.
        var named = new ConfigurationBuilder().AddEnvironmentVariables("DOTNET_").AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args).Build()[HostDefaults.ContentRootKey];
        if (!string.IsNullOrEmpty(named)) return null;
        return File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
            ? Directory.GetCurrentDirectory() : AppContext.BaseDirectory;
    }

    /// <summary>The ways ASP.NET Core is told where to listen; the default applies only when none of them is used.</summary>
    private static bool ListeningAddressConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").Exists();

    /// <summary>
    /// An operator must see at start which database this process uses, so a wrong folder or server shows at once: the API
    /// logs it, a command writes it to standard error (its standard output may be a file it exports).
    /// </summary>
    private static void WhereTheDataIs(WebApplication app, ConnectedDatabase database, DatabaseOptions options, bool forCommand)
    {
        var choice = app.Services.GetRequiredService<DataFolderChoice.Choice>();
        var keys = AuthenticationSetup.KeysFolder(app.Configuration, options);
        if (forCommand)
            Console.Error.WriteLine($"Database: {database.Provider} {database.Location()}. Data folder: {choice.Folder} (from {choice.Reason}).");
        else
            app.Logger.LogInformation("Database: {Provider} {Where}. Data folder: {Folder} (from {Reason}). Keys: {Keys}.",
                database.Provider, database.Location(), choice.Folder, choice.Reason, keys);
    }
}
