using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// Moves a batch on from wherever it is: staging (then committing, when asked to commit at once), committing
/// or undoing. The background worker and the command line both run batches through here, and both call it
/// again for a batch a crash left half done: each phase continues from its last saved chunk.
/// </summary>
internal sealed class ImportJob(CatalogDbContext db, BatchStaging staging, BatchCommit commit, BatchUndo undo, ILogger<ImportJob> log)
{
    public async Task RunAsync(Guid batchId, CancellationToken ct)
    {
        var batch = await db.ImportBatches.SingleAsync(b => b.Id == batchId, ct);
        try
        {
            // A batch to commit when staged is staged and committed chunk by chunk, its cursors together; one staged first
            // (or by an earlier version, which staged it all first) is committed after.
            if (batch.StagesAndCommitsAtOnce) await commit.StageAndCommitAsync(batch, ct);
            if (batch.Status == ImportBatchStatus.Staging)
            {
                await staging.RunAsync(batch, ct);
                if (batch.CommitWhenStaged) batch.BeginCommit(batch.StagedAt ?? DateTimeOffset.UtcNow);
            }
            if (batch.Status == ImportBatchStatus.Committing) await commit.RunAsync(batch, ct);
            if (batch.Status == ImportBatchStatus.Undoing) await undo.RunAsync(batch, ct);
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failure is the batch's state, not the worker's: the cataloguer sees it on the batch; the chunk in flight rolled back.
            log.LogError(e, "Import batch {Batch} failed", batchId);
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true; // the phases turn it off for speed
            var failed = await db.ImportBatches.SingleAsync(b => b.Id == batchId, CancellationToken.None);
            failed.Fail(e.GetBaseException().Message);
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }
}
