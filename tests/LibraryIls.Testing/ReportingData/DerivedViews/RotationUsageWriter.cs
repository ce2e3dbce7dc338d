using LibraryIls.Circulation.Contracts;
using static LibraryIls.Testing.ReportingData.ColumnKind;

namespace LibraryIls.Testing.ReportingData.DerivedViews;

/// <summary>
/// rpt_rotation_usage_v1 ← circulation.cir_rotation_usage. The view does not publish the stage a report belongs to; the
/// table keys reports by (batch, stage, period start), so a batch's n-th report is filed under stage n.
/// </summary>
public sealed class RotationUsageWriter : IViewRowWriter<RotationUsageRowV1>
{
    public Task<long> WriteAsync(BulkTableWriter db, IEnumerable<RotationUsageRowV1> rows, CancellationToken ct = default) =>
        db.WriteAsync("circulation", "cir_rotation_usage",
            [new("Id", ColumnKind.Guid), new("BatchId", ColumnKind.Guid), new("StageNumber", Int), new("SiteId", ColumnKind.Guid), new("SiteLevel", Text),
             new("IsRural", Bool), new("PeriodFrom", Day), new("PeriodTo", Day), new("ReadersServed", Int), new("ItemUses", Int),
             new("ReportedAt", Instant), new("ReportedBy", Text)],
            rows.GroupBy(r => r.BatchId).SelectMany(b => b.Select((r, i) => (Row: r, Stage: i + 1))),
            u => [u.Row.ReportId, u.Row.BatchId, u.Stage, u.Row.SiteId, u.Row.SiteLevel, u.Row.IsRural, u.Row.PeriodFrom, u.Row.PeriodTo,
                u.Row.ReadersServed, u.Row.ItemUses, u.Row.PeriodTo.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc), "generator"], ct);
}
