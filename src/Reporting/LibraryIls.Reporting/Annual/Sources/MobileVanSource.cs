using LibraryIls.Circulation.Contracts;
using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>
/// rpt_mobile_van_stops_v1: trips, stops, readers served and items used by the mobile library van. The site is
/// the van's (the service point that did the work); the level is the stop's.
/// </summary>
internal sealed class MobileVanSource : IFigureSource
{
    public IReadOnlyList<(string Schema, string View)> Views { get; } = [("circulation", MobileVanStopRowV1.ViewName)];

    public async Task CollectAsync(SourceContext context, ReportPeriod period, Tally tally, CancellationToken ct)
    {
        tally.Touch(Indicators.VanTrips, Dimensions.Site, Dimensions.Month);
        tally.Touch(Indicators.VanStops, Dimensions.Level, Dimensions.Site, Dimensions.Month);
        tally.Touch(Indicators.VanReaders, Dimensions.Level, Dimensions.Site, Dimensions.Month);
        tally.Touch(Indicators.VanItems, Dimensions.Level, Dimensions.Site, Dimensions.Month);
        string Stops(ViewQuery q) => $"""
            SELECT "TripId", "VanSiteId", "SiteLevel", "ReadersServed", "ItemsUsed", {q.MonthOf("\"TripDate\"", period, instant: false)} AS m
            FROM {q.View("circulation", MobileVanStopRowV1.ViewName)}
            WHERE "TripDate" >= {q.Day(period.From)} AND "TripDate" <= {q.Day(period.To)} AND {q.InScope("\"VanSiteId\"", context.Scope)}
            """;
        await using (var q = context.Query())
        {
            var sql = $"""SELECT "VanSiteId", "SiteLevel", m, COUNT(*), SUM("ReadersServed"), SUM("ItemsUsed") FROM ({Stops(q)}) s GROUP BY "VanSiteId", "SiteLevel", m""";
            foreach (var row in await q.RowsAsync(sql, ct))
            {
                (string, string)[] keys = [(Dimensions.Site, Text(row[0])), (Dimensions.Level, Text(row[1])), (Dimensions.Month, Dimensions.MonthKey(Int(row[2])))];
                tally.AddRow(Indicators.VanStops, Number(row[3]), keys);
                tally.AddRow(Indicators.VanReaders, Number(row[4]), keys);
                tally.AddRow(Indicators.VanItems, Number(row[5]), keys);
            }
        }
        await DistinctCounts.CollectAsync(context, tally, Indicators.VanTrips, "\"TripId\"",
            [(Tally.Total, null), (Dimensions.Site, "\"VanSiteId\""), (Dimensions.Month, "m")], Stops, ct);
    }
}
