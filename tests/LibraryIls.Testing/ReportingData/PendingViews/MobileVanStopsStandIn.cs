using LibraryIls.Circulation.Contracts;
using static LibraryIls.Testing.ReportingData.ColumnKind;

namespace LibraryIls.Testing.ReportingData.PendingViews;

/// <summary>STAND-IN for rpt_mobile_van_stops_v1 (Circulation): replace with a writer into the van trip tables after merging.</summary>
public sealed class MobileVanStopsStandIn : IViewRowWriter<MobileVanStopRowV1>
{
    public async Task<long> WriteAsync(BulkTableWriter db, IEnumerable<MobileVanStopRowV1> rows, CancellationToken ct = default)
    {
        await StandInTable.CreateAsync(db, "circulation", MobileVanStopRowV1.ViewName,
        [
            ("TripId", "TEXT", "uuid"), ("TripDate", "TEXT", "date"), ("VanSiteId", "TEXT", "uuid"), ("StopNumber", "INTEGER", "integer"),
            ("StopSiteId", "TEXT", "uuid"), ("StopName", "TEXT", "varchar(200)"), ("StopPointKind", "TEXT", "varchar(40)"),
            ("SiteLevel", "TEXT", "varchar(16)"), ("IsRural", "INTEGER", "boolean"), ("ReadersServed", "INTEGER", "integer"), ("ItemsUsed", "INTEGER", "integer"),
        ]);
        return await db.WriteAsync("circulation", MobileVanStopRowV1.ViewName,
            [new("TripId", ColumnKind.Guid), new("TripDate", Day), new("VanSiteId", ColumnKind.Guid), new("StopNumber", Int), new("StopSiteId", ColumnKind.Guid),
             new("StopName", Text), new("StopPointKind", Text), new("SiteLevel", Text), new("IsRural", Bool), new("ReadersServed", Int), new("ItemsUsed", Int)],
            rows, r => [r.TripId, r.TripDate, r.VanSiteId, r.StopNumber, r.StopSiteId, r.StopName, r.StopPointKind, r.SiteLevel, r.IsRural,
                r.ReadersServed, r.ItemsUsed], ct);
    }
}
