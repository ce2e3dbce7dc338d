using LibraryIls.Reporting.Inputs;
using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>
/// Reporting's own rpt_annual_inputs: the figures staff enter per year and site. Counts (pages, libraries)
/// add up over the sites in scope; a population entered for an area inside another entered area is part of
/// that area and is not added again. Entered per year, so they appear in calendar-year reports.
/// </summary>
internal sealed class AnnualInputsSource : IFigureSource
{
    public const string Table = "rpt_annual_inputs";

    public IReadOnlyList<(string Schema, string View)> Views { get; } = [];

    public async Task CollectAsync(SourceContext context, ReportPeriod period, Tally tally, CancellationToken ct)
    {
        var year = period.To.Year;
        await using var q = context.Query();
        var sql = $"""
            SELECT "Key", "SiteId", SUM("Value") FROM {q.View(Data.ReportingDbContext.SchemaName, Table)}
            WHERE "Year" = {q.Value(year)} AND {q.InScope("\"SiteId\"", context.Scope)}
            GROUP BY "Key", "SiteId"
            """;
        var rows = (await q.RowsAsync(sql, ct)).Select(r => (Key: Text(r[0]), Site: Guid.Parse(Text(r[1])), Value: Number(r[2]))).ToList();
        foreach (var key in InputKeys.All)
        {
            var population = InputKeys.PopulationKeys.Contains(key.Key);
            if (!population && !period.IsCalendarYear) continue;
            tally.Touch(key.Code, Dimensions.Site);
            var entered = rows.Where(r => r.Key == key.Key).ToList();
            var sites = entered.Select(r => r.Site).ToHashSet();
            foreach (var row in entered)
            {
                if (population && context.Network.Ancestors(row.Site).Any(sites.Contains)) continue;
                tally.AddRow(key.Code, row.Value, (Dimensions.Site, row.Site.ToString()));
            }
        }
    }
}
