using LibraryIls.Circulation.Contracts;
using static LibraryIls.Testing.ReportingData.ColumnKind;

namespace LibraryIls.Testing.ReportingData.DerivedViews;

/// <summary>
/// rpt_rotation_batches_v1 ← circulation.cir_rotation_batches, cir_rotation_stages and cir_rotation_copies. The view counts
/// a stage's copies from its per-copy rows, so each stage gets CopiesSent copy rows: CopiesReturned settled as Returned,
/// CopiesMissing as Missing, CopiesDamaged as Damaged, CopiesMovedOn as MovedOn, the rest not settled yet.
/// </summary>
public sealed class RotationBatchesWriter : IViewRowWriter<RotationBatchRowV1>
{
    public async Task<long> WriteAsync(BulkTableWriter db, IEnumerable<RotationBatchRowV1> rows, CancellationToken ct = default)
    {
        var stages = rows.ToList();
        await db.WriteAsync("circulation", "cir_rotation_batches",
            [new("Id", ColumnKind.Guid), new("Code", Text), new("SendingSiteId", ColumnKind.Guid), new("State", Text), new("PlannedFrom", Day),
             new("CreatedAt", Instant), new("ClosedAt", Instant), new("Version", Int)],
            stages.GroupBy(s => s.BatchId).Select(b => (First: b.MinBy(s => s.StageNumber)!, Last: b.MaxBy(s => s.StageNumber)!)),
            b => [b.First.BatchId, b.First.BatchCode, b.First.SendingSiteId, b.Last.State, PlannedFrom(b.First), Created(b.First), b.Last.ClosedAtUtc, 1], ct);
        var written = await db.WriteAsync("circulation", "cir_rotation_stages",
            [new("Id", ColumnKind.Guid), new("BatchId", ColumnKind.Guid), new("Number", Int), new("DestinationSiteId", ColumnKind.Guid),
             new("DestinationKind", Text), new("DestinationPointKind", Text), new("DestinationLevel", Text), new("DestinationIsRural", Bool),
             new("DestinationIsDisadvantaged", Bool), new("State", Text), new("PlannedUntil", Day), new("DispatchedAt", Instant),
             new("ReceivedAt", Instant), new("ReturnedAt", Instant), new("ClosedAt", Instant)],
            stages, s => [System.Guid.CreateVersion7(), s.BatchId, s.StageNumber, s.DestinationSiteId, s.DestinationKind, s.DestinationPointKind,
                s.DestinationLevel, s.DestinationIsRural, s.DestinationIsDisadvantaged, s.State, PlannedFrom(s).AddDays(90), s.DispatchedAtUtc,
                s.ReceivedAtUtc, s.ReturnedAtUtc, s.ClosedAtUtc], ct);
        await db.WriteAsync("circulation", "cir_rotation_copies",
            [new("BatchId", ColumnKind.Guid), new("StageNumber", Int), new("CopyId", ColumnKind.Guid), new("RegistrationNumber", Text),
             new("HomeSiteId", ColumnKind.Guid), new("HomeLocation", Text), new("Outcome", Text), new("SettledAt", Instant)],
            stages.SelectMany(Copies), c => c, ct);
        return written;
    }

    private static DateTime Created(RotationBatchRowV1 stage) => stage.DispatchedAtUtc?.AddDays(-1) ?? DateTime.UnixEpoch;

    private static DateOnly PlannedFrom(RotationBatchRowV1 stage) => DateOnly.FromDateTime(Created(stage));

    private static IEnumerable<object?[]> Copies(RotationBatchRowV1 stage)
    {
        var settled = stage.CopiesReturned + stage.CopiesMissing + stage.CopiesDamaged + stage.CopiesMovedOn;
        if (settled > stage.CopiesSent)
            throw new ArgumentException($"Stage {stage.BatchCode}/{stage.StageNumber} settles {settled} copies but sent {stage.CopiesSent}.");
        var outcomes = Enumerable.Repeat<string?>("Returned", stage.CopiesReturned)
            .Concat(Enumerable.Repeat<string?>("Missing", stage.CopiesMissing))
            .Concat(Enumerable.Repeat<string?>("Damaged", stage.CopiesDamaged))
            .Concat(Enumerable.Repeat<string?>("MovedOn", stage.CopiesMovedOn))
            .Concat(Enumerable.Repeat<string?>(null, stage.CopiesSent - settled));
        var settledAt = stage.ClosedAtUtc ?? stage.ReturnedAtUtc ?? stage.ReceivedAtUtc ?? stage.DispatchedAtUtc;
        return outcomes.Select((outcome, i) => new object?[]
        {
            stage.BatchId, stage.StageNumber, System.Guid.CreateVersion7(), $"{stage.BatchCode}/{stage.StageNumber}.{i + 1:D4}", stage.SendingSiteId,
            "Lending", outcome, outcome is null ? null : settledAt,
        });
    }
}
