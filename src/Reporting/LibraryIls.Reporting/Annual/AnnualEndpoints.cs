using System.Security.Claims;
using System.Text;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Reporting.Exports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace LibraryIls.Reporting.Annual;

/// <summary>A row of GET /api/reporting/indicators: what a figure means and the rule it is counted by.</summary>
public sealed record IndicatorDescription(string Section, string Code, string Name, string NameEn, string Unit, string Rule);

internal static class AnnualEndpoints
{
    public static void MapAnnualReports(this RouteGroupBuilder reporting)
    {
        reporting.MapGet("/annual/{year:int}", async Task<Results<Ok<AnnualReportResponse>, FileContentHttpResult, ValidationProblem>> (
                int year, string? format, string? site, ClaimsPrincipal user, ReportScopes scopes, AnnualReportBuilder builder, CancellationToken ct) =>
            {
                if (year is < 2000 or > 2100) return Invalid("year", "Năm phải từ 2000 đến 2100 / year must be 2000–2100.");
                return await Answer(ReportPeriod.Year(year), format, site, user, scopes, builder, ct);
            })
            .ForManagers().WithName("AnnualReport").WithSummary("The year's statistics compared with the previous year (json, xlsx, docx, csv)")
            .WithDescription(IndicatorTable())
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        reporting.MapGet("/period", async Task<Results<Ok<AnnualReportResponse>, FileContentHttpResult, ValidationProblem>> (
                DateOnly from, DateOnly to, string? format, string? site, ClaimsPrincipal user, ReportScopes scopes, AnnualReportBuilder builder,
                CancellationToken ct) =>
            {
                if (to < from) return Invalid("to", "Ngày kết thúc trước ngày bắt đầu / 'to' is before 'from'.");
                if (to.DayNumber - from.DayNumber >= ReportPeriod.MaxDays) return Invalid("to", "Kỳ báo cáo tối đa 5 năm / at most 5 years.");
                if (from.Year < 2000) return Invalid("from", "Từ năm 2000 / from 2000 on.");
                return await Answer(new ReportPeriod(from, to), format, site, user, scopes, builder, ct);
            })
            .ForManagers().WithName("PeriodReport").WithSummary("Any period's statistics compared with the same days a year earlier")
            .WithDescription(IndicatorTable())
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        reporting.MapGet("/indicators", () => TypedResults.Ok(Indicators.Sections
                .SelectMany(s => s.Indicators.Select(i => new IndicatorDescription(s.Number, i.Code, i.NameVi, i.NameEn, i.Unit, i.Rule))).ToList()))
            .WithName("ReportIndicators").WithSummary("Every indicator with its counting rule");
    }

    private static async Task<Results<Ok<AnnualReportResponse>, FileContentHttpResult, ValidationProblem>> Answer(ReportPeriod period,
        string? format, string? site, ClaimsPrincipal user, ReportScopes scopes, AnnualReportBuilder builder, CancellationToken ct)
    {
        format = format?.Trim().ToLowerInvariant();
        if (!ReportFormats.IsKnown(format)) return Invalid("format", "Định dạng: json, xlsx, docx, csv / format must be json, xlsx, docx or csv.");
        var scope = await scopes.ResolveAsync(user, site, ct);
        var report = await builder.BuildAsync(period, scope, ct);
        if (format is null or "json") return TypedResults.Ok(report);
        var (content, contentType, fileName) = ReportFormats.Render(report, format, builder.Letterhead);
        return TypedResults.File(content, contentType, fileName);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static RouteHandlerBuilder ForManagers(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Manager));

    /// <summary>The API documentation lists every indicator with its rule (docs/domain.md).</summary>
    private static string IndicatorTable()
    {
        var text = new StringBuilder("Manager: own sites' subtrees (`?site=CODE` inside them, else 403); Admin: everywhere.\n\n| indicator | name | rule |\n|---|---|---|\n");
        foreach (var indicator in Indicators.Sections.SelectMany(s => s.Indicators))
            text.Append($"| `{indicator.Code}` | {indicator.NameVi} | {indicator.Rule.Replace("|", "/", StringComparison.Ordinal)} |\n");
        return text.ToString();
    }
}
