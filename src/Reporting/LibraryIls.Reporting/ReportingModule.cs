using FluentValidation;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Jobs;
using LibraryIls.Reporting.Annual;
using LibraryIls.Reporting.Annual.Sources;
using LibraryIls.Reporting.Data;
using LibraryIls.Reporting.Inputs;
using LibraryIls.Reporting.Snapshots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Reporting;

/// <summary>The Reporting module's one entry point: its services and its endpoints under /api/reporting.</summary>
public static class ReportingModule
{
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddModuleDbContext<ReportingDbContext, SqliteReportingDbContext, SqlServerReportingDbContext,
            PostgresReportingDbContext>(ReportingDbContext.SchemaName);
        services.AddOptions<ReportingOptions>().BindConfiguration(ReportingOptions.Section);
        // One source per published view (and one for the staff's annual inputs); the order is the report's.
        services.AddScoped<IFigureSource, CardsSource>();
        services.AddScoped<IFigureSource, VisitsSource>();
        services.AddScoped<IFigureSource, CirculationEventsSource>();
        services.AddScoped<IFigureSource, OpacAccessesSource>();
        services.AddScoped<IFigureSource, CopiesSource>();
        services.AddScoped<IFigureSource, RecordsSource>();
        services.AddScoped<IFigureSource, RotationSource>();
        services.AddScoped<IFigureSource, MobileVanSource>();
        services.AddScoped<IFigureSource, AnnualInputsSource>();
        services.AddScoped<AnnualReportBuilder>();
        services.AddScoped<ReportScopes>();
        services.AddScoped<SnapshotTaker>();
        services.AddScoped<IValidator<AnnualInputsRequest>, AnnualInputsRequestValidator>();
        services.AddScheduledJob<AnnualSnapshotJob>(AnnualSnapshotJob.Name, ReportingOptions.SnapshotCron);
        return services;
    }

    public static IEndpointRouteBuilder MapReporting(this IEndpointRouteBuilder app)
    {
        var reporting = app.MapGroup("/api/reporting").RequireAuthorization().WithTags("Reporting");
        reporting.MapAnnualReports();
        reporting.MapAnnualInputs();
        reporting.MapSnapshots();
        return app;
    }

    /// <summary>For the command line: the year's report as a file (xlsx, docx, csv) or json.</summary>
    public static async Task<(byte[] Content, string FileName)> AnnualReportFileAsync(IServiceProvider services, int year, string format,
        string? siteCode, CancellationToken ct)
    {
        var builder = services.GetRequiredService<AnnualReportBuilder>();
        var scope = ReportScope.Network;
        if (siteCode is not null)
        {
            var network = (await builder.OpenAsync(null, ct)).Network;
            var site = network.FindByCode(siteCode) ?? throw BuildingBlocks.Errors.NotFoundException.Of("cơ sở", "Site", siteCode);
            scope = new ReportScope(site.Code, site.Name, network.Subtree(site.SiteId).ToList());
        }
        var report = await builder.BuildAsync(ReportPeriod.Year(year), scope, ct);
        if (format == "json")
            return (System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(report, SnapshotTaker.Json), $"bao-cao-thong-ke-{year}.json");
        var (content, _, fileName) = Exports.ReportFormats.Render(report, format, builder.Letterhead);
        return (content, fileName);
    }
}
