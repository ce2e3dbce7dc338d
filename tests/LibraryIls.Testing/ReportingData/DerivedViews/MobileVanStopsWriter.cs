using LibraryIls.Circulation.Contracts;
using static LibraryIls.Testing.ReportingData.ColumnKind;

namespace LibraryIls.Testing.ReportingData.DerivedViews;

/// <summary>
/// rpt_mobile_van_stops_v1 ← circulation.cir_mobile_trips joined with cir_mobile_trip_stops: one trip per TripId of the
/// rows (its date and van from its first stop), then the stops themselves.
/// </summary>
public sealed class MobileVanStopsWriter : IViewRowWriter<MobileVanStopRowV1>
{
    public async Task<long> WriteAsync(BulkTableWriter db, IEnumerable<MobileVanStopRowV1> rows, CancellationToken ct = default)
    {
        var stops = rows.ToList();
        await db.WriteAsync("circulation", "cir_mobile_trips",
            [new("Id", ColumnKind.Guid), new("VanSiteId", ColumnKind.Guid), new("Date", Day), new("StockTaken", Int), new("RecordedAt", Instant),
             new("RecordedBy", Text), new("StaffOnBoard", TextList)],
            stops.GroupBy(s => s.TripId).Select(t => t.First()),
            s => [s.TripId, s.VanSiteId, s.TripDate, 0, s.TripDate.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), "generator", new[] { "generator" }], ct);
        return await db.WriteAsync("circulation", "cir_mobile_trip_stops",
            [new("TripId", ColumnKind.Guid), new("Number", Int), new("SiteId", ColumnKind.Guid), new("Name", Text), new("PointKind", Text),
             new("Level", Text), new("IsRural", Bool), new("ReadersServed", Int), new("ItemsUsed", Int)],
            stops, s => [s.TripId, s.StopNumber, s.StopSiteId, s.StopName, s.StopPointKind, s.SiteLevel, s.IsRural, s.ReadersServed, s.ItemsUsed], ct);
    }
}
