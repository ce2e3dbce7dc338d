using LibraryIls.Catalog.Contracts;
using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>
/// rpt_catalog_copies_v1: additions (copies acquired in the period, their titles and value) and the collection
/// at the period's end (copies acquired by then and not lost or withdrawn).
/// </summary>
internal sealed class CopiesSource : IFigureSource
{
    public IReadOnlyList<(string Schema, string View)> Views { get; } = [("catalog", CatalogViews.CopiesV1)];

    public async Task CollectAsync(SourceContext context, ReportPeriod period, Tally tally, CancellationToken ct)
    {
        string[] additionBreakdowns = [Dimensions.Level, Dimensions.Site, Dimensions.Source, Dimensions.ItemType, Dimensions.Month];
        tally.Touch(Indicators.AddedCopies, additionBreakdowns);
        tally.Touch(Indicators.AddedValue, additionBreakdowns);
        tally.Touch(Indicators.AddedTitles, additionBreakdowns);
        tally.Touch(Indicators.CollectionCopies, Dimensions.Level, Dimensions.Site, Dimensions.Ddc, Dimensions.Location);
        tally.Touch(Indicators.CollectionTitles, Dimensions.Level, Dimensions.Site);

        await using (var q = context.Query())
        {
            var sql = $"""
                SELECT "SiteId", "SiteLevel", "Source", "ItemType", m, COUNT(*), SUM("Price")
                FROM (SELECT "SiteId", "SiteLevel", "Source", "ItemType", "Price", {q.MonthOf("\"AcquiredOn\"", period, instant: false)} AS m
                      FROM {q.View("catalog", CatalogViews.CopiesV1)}
                      WHERE "AcquiredOn" >= {q.Day(period.From)} AND "AcquiredOn" <= {q.Day(period.To)} AND {q.InScope("\"SiteId\"", context.Scope)}) c
                GROUP BY "SiteId", "SiteLevel", "Source", "ItemType", m
                """;
            foreach (var row in await q.RowsAsync(sql, ct))
            {
                (string, string)[] keys = [(Dimensions.Site, Text(row[0])), (Dimensions.Level, Text(row[1])), (Dimensions.Source, Text(row[2])),
                    (Dimensions.ItemType, Text(row[3])), (Dimensions.Month, Dimensions.MonthKey(Int(row[4])))];
                tally.AddRow(Indicators.AddedCopies, Number(row[5]), keys);
                tally.AddRow(Indicators.AddedValue, Number(row[6]), keys);
            }
        }

        // A title is one record however many copies came.
        await DistinctCounts.CollectAsync(context, tally, Indicators.AddedTitles, "\"RecordId\"",
            [(Tally.Total, null), (Dimensions.Level, "\"SiteLevel\""), (Dimensions.Site, "\"SiteId\""), (Dimensions.Source, "\"Source\""),
             (Dimensions.ItemType, "\"ItemType\""), (Dimensions.Month, "m")],
            q => $"""
                SELECT "RecordId", "SiteLevel", "SiteId", "Source", "ItemType", {q.MonthOf("\"AcquiredOn\"", period, instant: false)} AS m
                FROM {q.View("catalog", CatalogViews.CopiesV1)}
                WHERE "AcquiredOn" >= {q.Day(period.From)} AND "AcquiredOn" <= {q.Day(period.To)} AND {q.InScope("\"SiteId\"", context.Scope)}
                """, ct);

        await using (var q = context.Query())
        {
            var sql = $"""
                SELECT "SiteId", "SiteLevel", "DdcMainClass", "Location", COUNT(*)
                FROM {q.View("catalog", CatalogViews.CopiesV1)}
                WHERE "AcquiredOn" <= {q.Day(period.To)} AND "Status" NOT IN ({q.Value(nameof(CopyStatus.Lost))}, {q.Value(nameof(CopyStatus.Withdrawn))})
                  AND {q.InScope("\"SiteId\"", context.Scope)}
                GROUP BY "SiteId", "SiteLevel", "DdcMainClass", "Location"
                """;
            foreach (var row in await q.RowsAsync(sql, ct))
                tally.AddRow(Indicators.CollectionCopies, Number(row[4]), (Dimensions.Site, Text(row[0])), (Dimensions.Level, Text(row[1])),
                    (Dimensions.Ddc, Text(row[2])), (Dimensions.Location, Text(row[3])));
        }
        await DistinctCounts.CollectAsync(context, tally, Indicators.CollectionTitles, "\"RecordId\"",
            [(Tally.Total, null), (Dimensions.Level, "\"SiteLevel\""), (Dimensions.Site, "\"SiteId\"")],
            q => $"""
                SELECT "RecordId", "SiteLevel", "SiteId" FROM {q.View("catalog", CatalogViews.CopiesV1)}
                WHERE "AcquiredOn" <= {q.Day(period.To)} AND "Status" NOT IN ({q.Value(nameof(CopyStatus.Lost))}, {q.Value(nameof(CopyStatus.Withdrawn))})
                  AND {q.InScope("\"SiteId\"", context.Scope)}
                """, ct);
    }
}
