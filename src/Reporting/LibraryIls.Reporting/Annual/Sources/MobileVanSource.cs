using LibraryIls.Circulation.Contracts;
using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>
/// rpt_mobile_van_stops_v1: trips, stops, readers served and items used by the mobile library van. They belong to the
/// van: its site and its level, as its items used in the event log do; where it stopped is a breakdown of its own
/// (the stops and the items used at each), and so is the stop's area (rural or urban).
/// </summary>
internal sealed class MobileVanSource : IFigureSource
{
    public IReadOnlyList<(string Schema, string View)> Views { get; } = [("circulation", MobileVanStopRowV1.ViewName)];

    public async Task CollectAsync(SourceContext context, ReportPeriod period, Tally tally, CancellationToken ct)
    {
        tally.Touch(Indicators.VanTrips, Dimensions.Site, Dimensions.Month);
        tally.Touch(Indicators.VanStops, Dimensions.Level, Dimensions.Site, Dimensions.Month, Dimensions.Rural, Dimensions.Stop);
        tally.Touch(Indicators.VanReaders, Dimensions.Level, Dimensions.Site, Dimensions.Month, Dimensions.Rural);
        tally.Touch(Indicators.VanItems, Dimensions.Level, Dimensions.Site, Dimensions.Month, Dimensions.Rural, Dimensions.Stop);
        string Stops(ViewQuery q) => $"""
            SELECT "TripId", "VanSiteId", "StopSiteId", "StopName", "IsRural", "ReadersServed", "ItemsUsed", {q.MonthOf("\"TripDate\"", period, instant: false)} AS m
            FROM {q.View("circulation", MobileVanStopRowV1.ViewName)}
            WHERE "TripDate" >= {q.Day(period.From)} AND "TripDate" <= {q.Day(period.To)} AND {q.InScope("\"VanSiteId\"", context.Scope)}
            """;
        await using (var q = context.Query())
        {
            var sql = $"""
                SELECT "VanSiteId", "StopSiteId", "StopName", "IsRural", m, COUNT(*), SUM("ReadersServed"), SUM("ItemsUsed")
                FROM ({Stops(q)}) s GROUP BY "VanSiteId", "StopSiteId", "StopName", "IsRural", m
                """;
            foreach (var row in await q.RowsAsync(sql, ct))
            {
                var van = Text(row[0]);
                (string, string)[] keys =
                [
                    (Dimensions.Site, van), (Dimensions.Level, context.Network.Find(Guid.Parse(van))?.Level ?? ""),
                    (Dimensions.Month, Dimensions.MonthKey(Int(row[4]))), (Dimensions.Rural, Flag(row[3]) ? "true" : "false"),
                ];
                (string, string) stop = (Dimensions.Stop, row[1] is null ? Text(row[2]) : Text(row[1]));
                tally.AddRow(Indicators.VanStops, Number(row[5]), [.. keys, stop]);
                tally.AddRow(Indicators.VanReaders, Number(row[6]), keys);
                tally.AddRow(Indicators.VanItems, Number(row[7]), [.. keys, stop]);
            }
        }
        await DistinctCounts.CollectAsync(context, tally, Indicators.VanTrips, "\"TripId\"",
            [(Tally.Total, null), (Dimensions.Site, "\"VanSiteId\""), (Dimensions.Month, "m")], Stops, ct);
    }
}
