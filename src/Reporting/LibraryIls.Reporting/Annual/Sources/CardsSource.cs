using LibraryIls.Patrons.Contracts;
using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>
/// rpt_patrons_cards_v1: cards issued, renewed and replaced in the period, and cards valid at its end
/// (every card issued up to the last day, less every card that expired up to it).
/// </summary>
internal sealed class CardsSource : IFigureSource
{
    private static readonly IReadOnlyDictionary<string, string> IndicatorOfKind = new Dictionary<string, string>
    {
        ["Issued"] = Indicators.CardsIssued,
        ["Renewed"] = Indicators.CardsRenewed,
        ["Replaced"] = Indicators.CardsReplaced,
    };

    public IReadOnlyList<(string Schema, string View)> Views { get; } = [("patrons", CardEventRowV1.ViewName)];

    public async Task CollectAsync(SourceContext context, ReportPeriod period, Tally tally, CancellationToken ct)
    {
        foreach (var indicator in IndicatorOfKind.Values)
            tally.Touch(indicator, Dimensions.Level, Dimensions.Site, Dimensions.Category, Dimensions.Month);
        tally.Touch(Indicators.CardsValidAtEnd, Dimensions.Level, Dimensions.Site, Dimensions.Category, Dimensions.Rural);
        await using (var q = context.Query())
        {
            var kinds = string.Join(",", IndicatorOfKind.Keys.Select(k => q.Value(k)));
            var sql = $"""
                SELECT "Kind", "SiteId", "SiteLevel", "CategoryCode", m, COUNT(*)
                FROM (SELECT "Kind", "SiteId", "SiteLevel", "CategoryCode", {q.MonthOf("\"Date\"", period, instant: false)} AS m
                      FROM {q.View("patrons", CardEventRowV1.ViewName)}
                      WHERE "Date" >= {q.Day(period.From)} AND "Date" <= {q.Day(period.To)} AND "Kind" IN ({kinds})
                        AND {q.InScope("\"SiteId\"", context.Scope)}) c
                GROUP BY "Kind", "SiteId", "SiteLevel", "CategoryCode", m
                """;
            foreach (var row in await q.RowsAsync(sql, ct))
                tally.AddRow(IndicatorOfKind[Text(row[0])], Number(row[5]), (Dimensions.Site, Text(row[1])),
                    (Dimensions.Level, Text(row[2])), (Dimensions.Category, Text(row[3])), (Dimensions.Month, Dimensions.MonthKey(Int(row[4]))));
        }
        await using (var q = context.Query())
        {
            var sql = $"""
                SELECT "SiteId", "SiteLevel", "CategoryCode", "IsRural",
                       SUM(CASE "Kind" WHEN {q.Value("Issued")} THEN 1 WHEN {q.Value("Expired")} THEN -1 ELSE 0 END)
                FROM {q.View("patrons", CardEventRowV1.ViewName)}
                WHERE "Date" <= {q.Day(period.To)} AND {q.InScope("\"SiteId\"", context.Scope)}
                GROUP BY "SiteId", "SiteLevel", "CategoryCode", "IsRural"
                """;
            foreach (var row in await q.RowsAsync(sql, ct))
                tally.AddRow(Indicators.CardsValidAtEnd, Number(row[4]), (Dimensions.Site, Text(row[0])),
                    (Dimensions.Level, Text(row[1])), (Dimensions.Category, Text(row[2])), (Dimensions.Rural, Flag(row[3]) ? "true" : "false"));
        }
    }
}
