using LibraryIls.Catalog.Contracts;
using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>
/// rpt_catalog_records_v1: records catalogued (created) in the period. Records belong to the network's one
/// catalogue, not to a site, so a site subtree's report leaves them out.
/// </summary>
internal sealed class RecordsSource : IFigureSource
{
    public IReadOnlyList<(string Schema, string View)> Views { get; } = [("catalog", CatalogViews.RecordsV1)];

    public async Task CollectAsync(SourceContext context, ReportPeriod period, Tally tally, CancellationToken ct)
    {
        if (context.Scope is not null) return;
        tally.Touch(Indicators.RecordsCatalogued, Dimensions.Month, Dimensions.LocalStudies);
        await using var q = context.Query();
        var sql = $"""
            SELECT "IsLocalStudies", m, COUNT(*)
            FROM (SELECT "IsLocalStudies", {q.MonthOf("\"CreatedAt\"", period, instant: true)} AS m
                  FROM {q.View("catalog", CatalogViews.RecordsV1)}
                  WHERE "CreatedAt" >= {q.Instant(period.StartUtc)} AND "CreatedAt" < {q.Instant(period.EndUtc)}) r
            GROUP BY "IsLocalStudies", m
            """;
        foreach (var row in await q.RowsAsync(sql, ct))
            tally.AddRow(Indicators.RecordsCatalogued, Number(row[2]), (Dimensions.LocalStudies, Flag(row[0]) ? "true" : "false"),
                (Dimensions.Month, Dimensions.MonthKey(Int(row[1]))));
    }
}
