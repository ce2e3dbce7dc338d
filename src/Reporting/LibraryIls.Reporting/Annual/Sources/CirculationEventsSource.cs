using LibraryIls.Circulation.Contracts;
using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>
/// rpt_circulation_daily_v1: items served by kind. One pass over the period's day rows, grouped by kind, site,
/// level, reader category and month; each kind feeds exactly one indicator, so nothing is counted twice.
/// </summary>
internal sealed class CirculationEventsSource : IFigureSource
{
    public static readonly IReadOnlyDictionary<string, string> IndicatorOfKind = new Dictionary<string, string>
    {
        [nameof(CirculationEventKind.CheckOut)] = Indicators.Loans,
        [nameof(CirculationEventKind.Renewal)] = Indicators.Renewals,
        [nameof(CirculationEventKind.AutomaticRenewal)] = Indicators.Renewals,
        [nameof(CirculationEventKind.InHouseUse)] = Indicators.InHouseUses,
        [nameof(CirculationEventKind.HoldPlaced)] = Indicators.Holds,
        [nameof(CirculationEventKind.RotationUse)] = Indicators.RotationUses,
        [nameof(CirculationEventKind.MobileUse)] = Indicators.MobileUses,
    };

    public IReadOnlyList<(string Schema, string View)> Views { get; } = [("circulation", CirculationDailyRowV1.ViewName)];

    public async Task CollectAsync(SourceContext context, ReportPeriod period, Tally tally, CancellationToken ct)
    {
        foreach (var indicator in IndicatorOfKind.Values.Distinct())
            tally.Touch(indicator, Dimensions.Level, Dimensions.Site, Dimensions.Category, Dimensions.Month);
        tally.Touch(Indicators.Renewals, Dimensions.Kind);
        // Circulation publishes its events summed per Vietnamese day (a summary kept by a rollup job plus the newest
        // events counted live): a year is some hundred thousand day rows, not ten million events.
        await using var q = context.Query();
        var sql = $"""
            SELECT "Kind", "SiteId", "SiteLevel", "ReaderCategory", m, SUM("Count")
            FROM (SELECT "Kind", "SiteId", "SiteLevel", "ReaderCategory", "Count", {q.MonthOf("\"Day\"", period, instant: false)} AS m
                  FROM {q.View("circulation", CirculationDailyRowV1.ViewName)}
                  WHERE "Day" >= {q.Day(period.From)} AND "Day" <= {q.Day(period.To)}
                    AND "Kind" IN ({Kinds(q)}) AND {q.InScope("\"SiteId\"", context.Scope)}) e
            GROUP BY "Kind", "SiteId", "SiteLevel", "ReaderCategory", m
            """;
        Count(tally, await q.RowsAsync(sql, ct));
    }

    private static string Kinds(ViewQuery q) => string.Join(",", IndicatorOfKind.Keys.Select(k => q.Value(k)));

    private static void Count(Tally tally, List<object?[]> rows)
    {
        foreach (var row in rows)
        {
            var kind = Text(row[0]);
            var indicator = IndicatorOfKind[kind];
            var value = Number(row[5]);
            tally.AddRow(indicator, value, (Dimensions.Site, Text(row[1])), (Dimensions.Level, Text(row[2])),
                (Dimensions.Category, Text(row[3])), (Dimensions.Month, Dimensions.MonthKey(Int(row[4]))));
            if (indicator == Indicators.Renewals) tally.Add(indicator, Dimensions.Kind, kind, value);
        }
    }
}
