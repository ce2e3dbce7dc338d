using FluentValidation;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.Catalog.Classification;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Demo;
using LibraryIls.Catalog.Oai;
using LibraryIls.Catalog.Opac;
using LibraryIls.Catalog.Search;
using LibraryIls.Catalog.Exports;
using LibraryIls.Catalog.Imports;
using LibraryIls.Catalog.Matching;
using LibraryIls.Catalog.Records;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LibraryIls.Catalog;

/// <summary>The Catalog module's one entry point: its services and its endpoints under /api/catalog.</summary>
public static class CatalogModule
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddModuleDbContext<CatalogDbContext, SqliteCatalogDbContext, SqlServerCatalogDbContext, PostgresCatalogDbContext>(
            CatalogDbContext.SchemaName);
        services.AddOptions<CatalogOptions>().BindConfiguration("Catalog");
        // Read once: the schedule is a few tens of thousands of lines and changes with a new licence, not daily.
        services.AddSingleton(sp => DdcCaptions.Load(sp.GetRequiredService<IOptions<CatalogOptions>>().Value.DdcCaptionsFile));
        services.AddSingleton<CallNumbers>();
        services.AddScoped<RecordChanges>();
        services.AddScoped<CopyChanges>();
        services.AddScoped<ICopyCatalog, CopyCatalog>();
        services.AddScoped<IDemoDataSeeder, CatalogDemoSeeder>();
        services.AddScoped<IValidator<CopyRequest>, CopyRequestValidator>();
        services.AddScoped<IValidator<BulkCopyRequest>, BulkCopyRequestValidator>();
        services.AddOpac();
        services.AddCatalogImports();
        return services;
    }

    /// <summary>The shell's "search-index rebuild": the OPAC index rebuilt from every record, with progress.</summary>
    public static async Task<int> RebuildSearchIndexAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var rebuilt = await services.GetRequiredService<SearchIndexRebuild>().Run(output, ct);
        output.WriteLine($"Chỉ mục tìm kiếm / search index: {rebuilt.Records} records, {rebuilt.Words} words, {rebuilt.Seconds:F1} s.");
        return 0;
    }

    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder app)
    {
        var catalog = app.MapGroup("/api/catalog").RequireAuthorization().WithTags("Catalog");
        catalog.MapRecords();
        catalog.MapCopies();
        catalog.MapClassification();
        app.MapOpac();
        catalog.MapImports();
        catalog.MapExports();
        return app;
    }

    /// <summary>The <c>import</c> command line (import marc FILE --source NAME --site CODE …); see <c>import --help</c>.</summary>
    public static Task<int> RunImportCommandAsync(IServiceProvider services, string[] args, CancellationToken ct) =>
        ImportCommandLine.ImportAsync(services, args, Console.Out, ct);

    /// <summary>The <c>export marc OUT …</c> command line.</summary>
    public static Task<int> RunExportCommandAsync(IServiceProvider services, string[] args, CancellationToken ct) =>
        ImportCommandLine.ExportAsync(services, args, Console.Out, ct);

    private static void AddCatalogImports(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfiguration("Catalog:Imports");
        services.AddSingleton<ImportFiles>();
        services.AddSingleton<ImportProgress>();
        services.AddScoped<RecordMatcher>();
        services.AddScoped<BatchStaging>();
        services.AddScoped<BatchCommit>();
        services.AddScoped<BatchUndo>();
        services.AddScoped<ImportJob>();
        services.AddScoped<ImportRequests>();
        services.AddScoped<IValidator<RelabelledCopiesRequest>, RelabelledCopiesRequestValidator>();
        services.AddScoped<CatalogExport>();
        services.AddSingleton<ImportWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportWorker>());
    }
}
