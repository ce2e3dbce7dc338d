using LibraryIls.Circulation.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Rotation.Batches;

/// <summary>A batch as the desk reads it: its stages with their counts, its copies and who did what.</summary>
internal sealed class BatchView(CirculationDbContext db, RotationDesk desk)
{
    public async Task<BatchResponse> DescribeAsync(RotationBatch batch, CancellationToken ct)
    {
        var stages = new List<StageResponse>();
        foreach (var stage in batch.Stages.OrderBy(s => s.Number))
        {
            var site = await desk.SiteAsync(stage.DestinationSiteId, ct);
            var copies = batch.Copies.Where(c => c.StageNumber == stage.Number).ToList();
            int Count(params RotationCopyOutcome[] outcomes) => copies.Count(c => c.Outcome is { } o && outcomes.Contains(o));
            stages.Add(new StageResponse(stage.Number, site.Code, site.Name, stage.State, stage.PlannedUntil, stage.DispatchedAt,
                stage.ReceivedAt, stage.InUseAt, stage.ReturnedAt, stage.ClosedAt, copies.Count, Count(RotationCopyOutcome.Returned),
                Count(RotationCopyOutcome.Missing, RotationCopyOutcome.MissingOnArrival), Count(RotationCopyOutcome.Damaged),
                Count(RotationCopyOutcome.MovedOn)));
        }
        var history = await db.RotationAudit.AsNoTracking().Where(a => a.BatchId == batch.Id).OrderBy(a => a.Id)
            .Select(a => new BatchAuditResponse(a.At, a.Action, a.StaffName, a.Detail)).ToListAsync(ct);
        var sending = await desk.SiteAsync(batch.SendingSiteId, ct);
        return new BatchResponse(batch.Id, batch.Code, sending.Code, batch.State, batch.PlannedFrom, batch.Note, batch.CreatedAt, batch.ClosedAt,
            stages, batch.Copies.OrderBy(c => c.StageNumber).ThenBy(c => c.RegistrationNumber)
                .Select(c => new BatchCopyResponse(c.StageNumber, c.RegistrationNumber, c.Outcome, c.SettledAt)).ToList(), history);
    }
}
