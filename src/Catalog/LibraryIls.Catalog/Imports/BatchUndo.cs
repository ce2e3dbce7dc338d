using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// Takes a committed batch out of the catalogue again, from its last record back to its first, a chunk per
/// transaction: the copies it made are deleted, records it added are deleted with their history, and records
/// it merged into or replaced are put back exactly as they were (MARC, version, who and when). Refused
/// while anything the batch made has been used or changed since, because then "exactly" is no longer possible.
/// </summary>
internal sealed class BatchUndo(CatalogDbContext db, IOptions<ImportOptions> options, TimeProvider clock, ImportProgress progress)
{
    private static readonly StagedRecordStatus[] Committed = [StagedRecordStatus.Added, StagedRecordStatus.Replaced, StagedRecordStatus.Merged];

    public async Task EnsureCanUndoAsync(Guid batchId, CancellationToken ct)
    {
        var copies = db.ImportedCopies.Where(i => i.BatchId == batchId);
        var usedCopies = await db.Copies.CountAsync(c => copies.Any(i => i.CopyId == c.Id)
            && (c.Status != CopyStatus.Available || c.Version != 1), ct);
        var missingCopies = await copies.CountAsync(i => !db.Copies.Any(c => c.Id == i.CopyId), ct);
        var rows = db.StagedRecords.Where(s => s.BatchId == batchId && Committed.Contains(s.Status));
        // The last row of the batch that touched a record says which version the batch left it at.
        var changedRecords = await rows
            .Where(s => !rows.Any(later => later.RecordId == s.RecordId && later.Index > s.Index))
            .CountAsync(s => !db.Records.Any(r => r.Id == s.RecordId && r.Version == s.VersionAfter), ct);
        var added = rows.Where(s => s.Status == StagedRecordStatus.Added).Select(s => s.RecordId);
        var foreignCopies = await db.Copies.CountAsync(c => added.Contains(c.RecordId) && !copies.Any(i => i.CopyId == c.Id), ct);
        if (usedCopies + missingCopies + changedRecords + foreignCopies > 0)
            throw new RuleViolationException("IMPORT_CHANGED_SINCE", new Bilingual(
                $"Không hoàn tác được: từ khi nhập, {usedCopies + missingCopies} bản sách đã được mượn, sửa hoặc xoá, "
                + $"{changedRecords} biểu ghi đã được sửa, {foreignCopies} bản sách khác đã được thêm vào biểu ghi của lô.",
                $"Cannot undo: since the import {usedCopies + missingCopies} copies were lent, changed or deleted, "
                + $"{changedRecords} records were edited and {foreignCopies} other copies were added to the batch's records."));
    }

    public async Task RunAsync(ImportBatch batch, CancellationToken ct)
    {
        var size = options.Value.ChunkSize;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        while (batch.CommitCursor > 0)
        {
            ct.ThrowIfCancellationRequested();
            var to = batch.CommitCursor;
            var from = Math.Max(0, to - size);
            // Everything is loaded and removed through the change tracker, so the chunk is one SaveChanges: one transaction,
            // queued behind other writers like every save (SQLite's write gate).
            var rows = await db.StagedRecords.Where(s => s.BatchId == batch.Id && s.Index >= from && s.Index < to && Committed.Contains(s.Status))
                .OrderByDescending(s => s.Index).ToListAsync(ct);
            var imported = await db.ImportedCopies.Where(i => i.BatchId == batch.Id && i.RecordIndex >= from && i.RecordIndex < to).ToListAsync(ct);
            var copyIds = imported.Select(i => i.CopyId).ToList();
            db.Copies.RemoveRange(await db.Copies.Where(c => copyIds.Contains(c.Id)).ToListAsync(ct));
            db.ImportedCopies.RemoveRange(imported);
            var deleted = rows.Where(r => r.Status == StagedRecordStatus.Added).Select(r => r.RecordId!.Value).ToHashSet();
            var ids = rows.Select(r => r.RecordId!.Value).Distinct().ToList();
            var records = await db.Records.Include(r => r.Headings).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
            var versions = await db.RecordVersions.Where(v => ids.Contains(v.RecordId)).ToListAsync(ct);
            foreach (var row in rows.Where(r => r.Status != StagedRecordStatus.Added && !deleted.Contains(r.RecordId!.Value)))
            {
                var before = versions.Single(v => v.RecordId == row.RecordId && v.Version == row.VersionBefore);
                // The batch's versions gave the one before them its MARC (a merge that changed nothing made none, and the record
                // still stands at it): the record stands at it again, and it holds none again.
                var record = records[row.RecordId!.Value];
                record.PutBack(before.MarcOr(record.Marc), row.VersionBefore!.Value, row.UpdatedAtBefore!.Value, row.UpdatedByBefore!);
                before.StandAgain();
                db.RecordVersions.RemoveRange(versions.Where(v => v.RecordId == row.RecordId && v.Version > row.VersionBefore));
            }
            db.RecordVersions.RemoveRange(versions.Where(v => deleted.Contains(v.RecordId)));
            db.Records.RemoveRange(deleted.Select(id => records[id]));
            foreach (var row in rows) row.MarkUndone();
            batch.Undone += rows.Count;
            batch.CommitCursor = from;
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            db.Attach(batch);
            progress.Report(batch);
        }
        batch.FinishUndo(clock.GetUtcNow());
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }
}
