using LibraryIls.Circulation.Contracts;
using static LibraryIls.Testing.ReportingData.ColumnKind;

namespace LibraryIls.Testing.ReportingData.PendingViews;

/// <summary>STAND-IN for rpt_rotation_batches_v1 (Circulation): replace with a writer into the rotation tables after merging.</summary>
public sealed class RotationBatchesStandIn : IViewRowWriter<RotationBatchRowV1>
{
    public async Task<long> WriteAsync(BulkTableWriter db, IEnumerable<RotationBatchRowV1> rows, CancellationToken ct = default)
    {
        (string, string, string) G(string n) => (n, "TEXT", "uuid");
        (string, string, string) T(string n) => (n, "TEXT", "varchar(64)");
        (string, string, string) I(string n) => (n, "INTEGER", "integer");
        (string, string, string) B(string n) => (n, "INTEGER", "boolean");
        (string, string, string) D(string n) => (n, "TEXT", "timestamptz");
        await StandInTable.CreateAsync(db, "circulation", RotationBatchRowV1.ViewName,
        [
            G("BatchId"), T("BatchCode"), I("StageNumber"), G("SendingSiteId"), G("DestinationSiteId"), T("DestinationKind"), T("DestinationPointKind"),
            T("DestinationLevel"), B("DestinationIsRural"), B("DestinationIsDisadvantaged"), T("State"), D("DispatchedAtUtc"), D("ReceivedAtUtc"),
            D("ReturnedAtUtc"), D("ClosedAtUtc"), I("CopiesSent"), I("CopiesReturned"), I("CopiesMissing"), I("CopiesDamaged"), I("CopiesMovedOn"),
        ]);
        return await db.WriteAsync("circulation", RotationBatchRowV1.ViewName,
            [new("BatchId", ColumnKind.Guid), new("BatchCode", Text), new("StageNumber", Int), new("SendingSiteId", ColumnKind.Guid),
             new("DestinationSiteId", ColumnKind.Guid), new("DestinationKind", Text), new("DestinationPointKind", Text), new("DestinationLevel", Text),
             new("DestinationIsRural", Bool), new("DestinationIsDisadvantaged", Bool), new("State", Text), new("DispatchedAtUtc", Instant),
             new("ReceivedAtUtc", Instant), new("ReturnedAtUtc", Instant), new("ClosedAtUtc", Instant), new("CopiesSent", Int),
             new("CopiesReturned", Int), new("CopiesMissing", Int), new("CopiesDamaged", Int), new("CopiesMovedOn", Int)],
            rows, r => [r.BatchId, r.BatchCode, r.StageNumber, r.SendingSiteId, r.DestinationSiteId, r.DestinationKind, r.DestinationPointKind,
                r.DestinationLevel, r.DestinationIsRural, r.DestinationIsDisadvantaged, r.State, r.DispatchedAtUtc, r.ReceivedAtUtc, r.ReturnedAtUtc,
                r.ClosedAtUtc, r.CopiesSent, r.CopiesReturned, r.CopiesMissing, r.CopiesDamaged, r.CopiesMovedOn], ct);
    }
}
