using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Contracts;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>
/// rpt_catalog_copies_v1: additions (copies acquired in the period, their titles and value) and the collection
/// at the period's end (copies acquired by then and not lost or withdrawn). The copies acquired up to the period's
/// end are read once, in record order (the view's record index gives that order without a sort), and every figure is
/// counted as they stream by: copies and value per group, titles once per record in each breakdown
/// (<see cref="CopyTally"/>). A COUNT(DISTINCT …) per breakdown instead would make SQLite sort the copies once per breakdown.
/// </summary>
internal sealed class CopiesSource : IFigureSource
{
    public IReadOnlyList<(string Schema, string View)> Views { get; } = [("catalog", CatalogViews.CopiesV1)];

    public async Task CollectAsync(SourceContext context, ReportPeriod period, Tally tally, CancellationToken ct)
    {
        tally.Touch(Indicators.AddedCopies, CopyTally.AdditionBreakdowns);
        tally.Touch(Indicators.AddedValue, CopyTally.AdditionBreakdowns);
        tally.Touch(Indicators.AddedTitles, CopyTally.AdditionBreakdowns);
        tally.Touch(Indicators.CollectionCopies, Dimensions.Level, Dimensions.Site, Dimensions.Ddc, Dimensions.Location);
        tally.Touch(Indicators.CollectionTitles, Dimensions.Level, Dimensions.Site);

        await using var q = context.Query();
        // m: the month bucket of a copy added in the period, -1 for one acquired before it; held: still in the collection.
        var sql = $"""
            SELECT "RecordId", "SiteId", "SiteLevel", "Source", "ItemType", "Price", "DdcMainClass", "Location",
                   CASE WHEN "AcquiredOn" >= {q.Day(period.From)} THEN {q.MonthOf("\"AcquiredOn\"", period, instant: false)} ELSE -1 END,
                   CASE WHEN "Status" NOT IN ({q.Value(nameof(CopyStatus.Lost))}, {q.Value(nameof(CopyStatus.Withdrawn))}) THEN 1 ELSE 0 END
            FROM {q.View("catalog", CatalogViews.CopiesV1)}
            WHERE "AcquiredOn" <= {q.Day(period.To)} AND {q.InScope("\"SiteId\"", context.Scope)}
            ORDER BY "RecordId"
            """;
        var copies = new CopyTally();
        await q.ForEachRowAsync(sql, copies.Add, ct);
        copies.WriteTo(tally);
    }
}
