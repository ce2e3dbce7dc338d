using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Contracts;
using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>
/// rpt_catalog_copies_v1: additions (copies acquired in the period, their titles and value) and the collection
/// at the period's end (copies acquired by then and not lost or withdrawn). One statement per period: the copies
/// acquired up to its end are read once (a materialised CTE) and every figure is grouped from them.
/// </summary>
internal sealed class CopiesSource : IFigureSource
{
    private static readonly string[] AdditionBreakdowns = [Dimensions.Level, Dimensions.Site, Dimensions.Source, Dimensions.ItemType, Dimensions.Month];

    /// <summary>Column of the CTE for each breakdown (m is the month bucket).</summary>
    private static readonly Dictionary<string, string> Columns = new()
    {
        [Dimensions.Level] = "\"SiteLevel\"", [Dimensions.Site] = "\"SiteId\"", [Dimensions.Source] = "\"Source\"",
        [Dimensions.ItemType] = "\"ItemType\"", [Dimensions.Month] = "m",
    };

    public IReadOnlyList<(string Schema, string View)> Views { get; } = [("catalog", CatalogViews.CopiesV1)];

    public async Task CollectAsync(SourceContext context, ReportPeriod period, Tally tally, CancellationToken ct)
    {
        tally.Touch(Indicators.AddedCopies, AdditionBreakdowns);
        tally.Touch(Indicators.AddedValue, AdditionBreakdowns);
        tally.Touch(Indicators.AddedTitles, AdditionBreakdowns);
        tally.Touch(Indicators.CollectionCopies, Dimensions.Level, Dimensions.Site, Dimensions.Ddc, Dimensions.Location);
        tally.Touch(Indicators.CollectionTitles, Dimensions.Level, Dimensions.Site);

        await using var q = context.Query();
        var text = context.Provider switch { DatabaseProvider.SqlServer => "nvarchar(100)", DatabaseProvider.Postgres => "text", _ => "TEXT" };
        string T(string column) => $"CAST({column} AS {text})";
        var added = $"\"AcquiredOn\" >= {q.Day(period.From)}";
        var held = $"\"Status\" NOT IN ({q.Value(nameof(CopyStatus.Lost))}, {q.Value(nameof(CopyStatus.Withdrawn))})";
        // Every part: (part, breakdown, key1..key4, count, value); titles are distinct within each breakdown.
        var parts = new List<string>
        {
            $"""SELECT 0, '', {T("\"SiteId\"")}, {T("\"SiteLevel\"")}, {T("\"Source\"")}, {T("\"ItemType\"")}, {T("m")}, COUNT(*), SUM("Price") FROM c WHERE {added} GROUP BY "SiteId", "SiteLevel", "Source", "ItemType", m""",
            $"""SELECT 1, '', {T("\"SiteId\"")}, {T("\"SiteLevel\"")}, {T("\"DdcMainClass\"")}, {T("\"Location\"")}, '', COUNT(*), 0 FROM c WHERE {held} GROUP BY "SiteId", "SiteLevel", "DdcMainClass", "Location" """,
            $"""SELECT 2, '', '', '', '', '', '', COUNT(DISTINCT "RecordId"), 0 FROM c WHERE {added}""",
            $"""SELECT 3, '', '', '', '', '', '', COUNT(DISTINCT "RecordId"), 0 FROM c WHERE {held}""",
        };
        parts.AddRange(AdditionBreakdowns.Select(d =>
            $"""SELECT 2, '{d}', {T(Columns[d])}, '', '', '', '', COUNT(DISTINCT "RecordId"), 0 FROM c WHERE {added} GROUP BY {Columns[d]}"""));
        parts.AddRange(new[] { Dimensions.Level, Dimensions.Site }.Select(d =>
            $"""SELECT 3, '{d}', {T(Columns[d])}, '', '', '', '', COUNT(DISTINCT "RecordId"), 0 FROM c WHERE {held} GROUP BY {Columns[d]}"""));
        var sql = $"""
            WITH c AS {(context.Provider == DatabaseProvider.SqlServer ? "" : "MATERIALIZED")} (
                SELECT "RecordId", "SiteId", "SiteLevel", "Source", "ItemType", "Price", "AcquiredOn", "Status", "DdcMainClass", "Location",
                       {q.MonthOf("\"AcquiredOn\"", period, instant: false)} AS m
                FROM {q.View("catalog", CatalogViews.CopiesV1)}
                WHERE "AcquiredOn" <= {q.Day(period.To)} AND {q.InScope("\"SiteId\"", context.Scope)})
            {string.Join("\nUNION ALL ", parts)}
            """;
        foreach (var row in await q.RowsAsync(sql, ct))
        {
            var breakdown = Text(row[1]);
            switch (Int(row[0]))
            {
                case 0:
                    (string, string)[] keys = [(Dimensions.Site, Text(row[2])), (Dimensions.Level, Text(row[3])), (Dimensions.Source, Text(row[4])),
                        (Dimensions.ItemType, Text(row[5])), (Dimensions.Month, Dimensions.MonthKey(Int(row[6])))];
                    tally.AddRow(Indicators.AddedCopies, Number(row[7]), keys);
                    tally.AddRow(Indicators.AddedValue, Number(row[8]), keys);
                    break;
                case 1:
                    tally.AddRow(Indicators.CollectionCopies, Number(row[7]), (Dimensions.Site, Text(row[2])), (Dimensions.Level, Text(row[3])),
                        (Dimensions.Ddc, Text(row[4])), (Dimensions.Location, Text(row[5])));
                    break;
                default:
                    var indicator = Int(row[0]) == 2 ? Indicators.AddedTitles : Indicators.CollectionTitles;
                    var key = breakdown.Length == 0 ? "" : breakdown == Dimensions.Month ? Dimensions.MonthKey(Int(row[2])) : Text(row[2]);
                    tally.Add(indicator, breakdown.Length == 0 ? Tally.Total : breakdown, key, Number(row[7]));
                    break;
            }
        }
    }
}
