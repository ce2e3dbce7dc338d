using LibraryIls.Catalog.Contracts;
using LibraryIls.Organization.Contracts;
using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>
/// rpt_opac_accesses_v1: online accesses (searches and record views). The level comes from the sites view;
/// an access with no site counts in the whole network's report only.
/// </summary>
internal sealed class OpacAccessesSource : IFigureSource
{
    public IReadOnlyList<(string Schema, string View)> Views { get; } =
        [("catalog", OpacAccessRowV1.ViewName), ("organization", SiteRowV1.ViewName)];

    public async Task CollectAsync(SourceContext context, ReportPeriod period, Tally tally, CancellationToken ct)
    {
        tally.Touch(Indicators.OpacSearches, Dimensions.Level, Dimensions.Site, Dimensions.Month);
        tally.Touch(Indicators.OpacRecordViews, Dimensions.Level, Dimensions.Site, Dimensions.Month);
        await using var q = context.Query();
        var sql = $"""
            SELECT "Kind", "SiteId", "Level", m, COUNT(*)
            FROM (SELECT a."Kind", a."SiteId", s."Level", {q.MonthOf("a.\"OccurredAtUtc\"", period, instant: true)} AS m
                  FROM {q.View("catalog", OpacAccessRowV1.ViewName)} a
                  LEFT JOIN {q.View("organization", SiteRowV1.ViewName)} s ON s."SiteId" = a."SiteId"
                  WHERE a."OccurredAtUtc" >= {q.Instant(period.StartUtc)} AND a."OccurredAtUtc" < {q.Instant(period.EndUtc)}
                    AND {q.InScope("a.\"SiteId\"", context.Scope)}) x
            GROUP BY "Kind", "SiteId", "Level", m
            """;
        foreach (var row in await q.RowsAsync(sql, ct))
        {
            var indicator = Text(row[0]) == "Search" ? Indicators.OpacSearches : Indicators.OpacRecordViews;
            tally.AddRow(indicator, Number(row[4]), (Dimensions.Site, Text(row[1])), (Dimensions.Level, Text(row[2])),
                (Dimensions.Month, Dimensions.MonthKey(Int(row[3]))));
        }
    }
}
