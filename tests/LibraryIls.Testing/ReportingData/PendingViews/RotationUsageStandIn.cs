using LibraryIls.Circulation.Contracts;
using static LibraryIls.Testing.ReportingData.ColumnKind;

namespace LibraryIls.Testing.ReportingData.PendingViews;

/// <summary>STAND-IN for rpt_rotation_usage_v1 (Circulation): replace with a writer into the rotation usage reports after merging.</summary>
public sealed class RotationUsageStandIn : IViewRowWriter<RotationUsageRowV1>
{
    public async Task<long> WriteAsync(BulkTableWriter db, IEnumerable<RotationUsageRowV1> rows, CancellationToken ct = default)
    {
        await StandInTable.CreateAsync(db, "circulation", RotationUsageRowV1.ViewName,
        [
            ("ReportId", "TEXT", "uuid"), ("BatchId", "TEXT", "uuid"), ("SiteId", "TEXT", "uuid"), ("SiteLevel", "TEXT", "varchar(16)"),
            ("IsRural", "INTEGER", "boolean"), ("PeriodFrom", "TEXT", "date"), ("PeriodTo", "TEXT", "date"), ("ReadersServed", "INTEGER", "integer"),
            ("ItemUses", "INTEGER", "integer"),
        ]);
        return await db.WriteAsync("circulation", RotationUsageRowV1.ViewName,
            [new("ReportId", ColumnKind.Guid), new("BatchId", ColumnKind.Guid), new("SiteId", ColumnKind.Guid), new("SiteLevel", Text), new("IsRural", Bool),
             new("PeriodFrom", Day), new("PeriodTo", Day), new("ReadersServed", Int), new("ItemUses", Int)],
            rows, r => [r.ReportId, r.BatchId, r.SiteId, r.SiteLevel, r.IsRural, r.PeriodFrom, r.PeriodTo, r.ReadersServed, r.ItemUses], ct);
    }
}
