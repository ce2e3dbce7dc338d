using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Matching;
using LibraryIls.Catalog.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// Reads a batch's file and stages it, a chunk of records per transaction: each record with its reader
/// repairs, the save rules' verdict and its match. Nothing touches the catalogue. After a crash it starts
/// again after the last chunk saved (the batch's <see cref="ImportBatch.RecordsRead"/>). Reading and checking
/// the next chunk runs on another core while the current one is matched and saved.
/// </summary>
internal sealed class BatchStaging(CatalogDbContext db, ImportFiles files, RecordMatcher matcher, IOptions<ImportOptions> options,
    TimeProvider clock, ImportProgress progress)
{
    /// <summary>A record of the file read and checked, to be staged or, when <see cref="Rejection"/> says so, rejected with its bytes.</summary>
    internal sealed record Pending(IncomingRecord Item, MarcRecord? Record, string? Title, string? Warnings, int Copies,
        (string Code, string Reason)? Rejection, byte[]? Bytes, List<(MatchPointKind Kind, string Key)> Keys, RecordFields? Fields = null);

    /// <summary>A chunk of the file read and checked; the last one ends the file (and may be empty).</summary>
    private sealed record ReadChunk(List<Pending> Records, long BytesRead, bool IsLast);

    public async Task RunAsync(ImportBatch batch, CancellationToken ct)
    {
        var rule = options.Value.Rule(batch.MatchRule);
        var mapping = options.Value.Mapping(batch.CopyMapping);
        using var incoming = IncomingRecords.Open(files.PathOf(batch.Id), batch.LegacyEncoding);
        var resumeAt = batch.RecordsRead;
        var size = options.Value.ChunkSize;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        ReadChunk Read()
        {
            var records = new List<Pending>(size);
            while (records.Count < size && incoming.Next() is { } item)
            {
                ct.ThrowIfCancellationRequested();
                if (item.Index >= resumeAt) records.Add(Stage(item, incoming, mapping, batch.RejectInvalid));
            }
            return new ReadChunk(records, incoming.BytesRead, records.Count < size);
        }
        // The next chunk is read, parsed and checked on another core while this one is matched and saved: that needs no database.
        Task<ReadChunk>? ahead = null;
        try
        {
            var chunk = Read();
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                ahead = chunk.IsLast ? null : Task.Run(Read, ct);
                await SaveAsync(batch, chunk.Records, rule, chunk.IsLast ? batch.FileBytes : chunk.BytesRead, ct);
                if (ahead is null) break;
                chunk = await ahead;
                ahead = null;
            }
        }
        finally
        {
            // The file is closed when this returns: a read still running after a failure must be over by then.
            if (ahead is not null) await Task.WhenAny(ahead);
        }
        batch.FinishStaging(clock.GetUtcNow());
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }

    internal static Pending Stage(IncomingRecord item, IncomingRecords incoming, CopyMapping mapping, bool rejectInvalid)
    {
        if (item.Record is not { } record)
            return new Pending(item, null, null, null, 0, ("RECORD_FRAGMENT", item.Fragment!.MessageVi + " / " + item.Fragment.MessageEn),
                item.FragmentBytes, []);
        var (errors, warnings) = RecordChanges.Check(record);
        var fields = RecordFields.From(record);
        // Records from other systems break cataloguing rules all the time (an 008 one character short, indicators
        // left blank); they are imported with the errors listed, unless the batch asks for valid records only.
        var text = Lines([.. errors, .. warnings]);
        if (!IsBibliographic(record))
            return Rejected("NOT_BIBLIOGRAPHIC", new Bilingual("Không phải biểu ghi thư mục (leader/06 là biểu ghi nhất quán, biểu ghi vốn tư liệu hoặc phân loại).",
                "Not a bibliographic record (leader/06 says authority, holdings or classification)."));
        if (fields.Title == RecordFields.NoTitle)
            return Rejected("NO_TITLE", new Bilingual("Biểu ghi không có nhan đề (245 $a).", "The record has no title (245 $a)."));
        if (errors.Count > 0 && rejectInvalid)
            return Rejected("INVALID_RECORD", new Bilingual(Lines(errors, vi: true)!, Lines(errors)!));
        return new Pending(item, record, fields.Title, text, EmbeddedCopies.Count(record, mapping), null, null, [.. MatchKeys.Of(record, fields)], fields);

        Pending Rejected(string code, Bilingual reason) =>
            new(item, record, fields.Title, text, 0, (code, reason.Vi + " / " + reason.En), incoming.OriginalBytes(record), []);
    }

    /// <summary>
    /// The chunk's staged rows go in with one bulk insert and the batch's cursor moves, in one transaction (on SQLite
    /// holding the write gate once): a crash leaves the chunk wholly saved or not at all.
    /// </summary>
    private async Task SaveAsync(ImportBatch batch, List<Pending> chunk, MatchRule rule, long bytesRead, CancellationToken ct)
    {
        var found = await matcher.LookUpAsync(chunk.SelectMany(p => p.Keys).Select(k => k.Key), ct);
        var rows = chunk.Select(p => Row(batch, p, p.Rejection is null ? RecordMatcher.Best(rule, p.Keys, found) : null)).ToList();
        batch.BytesRead = Math.Max(batch.BytesRead, bytesRead);
        await using (await SqliteWriteGate.HoldAsync(db, ct))
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await new BulkRows<StagedRecord>(db).InsertAsync(rows, ct);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        progress.Report(batch);
    }

    /// <summary>The staged row of a record read and checked (with the match it was given), counted on the batch.</summary>
    internal static StagedRecord Row(ImportBatch batch, Pending p, MatchResult? match)
    {
        var item = p.Item;
        StagedRecord row;
        if (p.Rejection is { } rejection)
        {
            row = StagedRecord.RejectedAtStaging(batch.Id, item.Index, item.ByteOffset, p.Bytes!, p.Title, rejection.Code, rejection.Reason, p.Warnings);
            batch.Rejected++;
        }
        else
        {
            row = StagedRecord.Staged(batch.Id, item.Index, item.ByteOffset, item.ByteLength, p.Title,
                p.Record!.ControlNumber, p.Warnings, item.ConvertedFrom, p.Copies, match?.RecordId, match?.Score);
            batch.RecordsStaged++;
        }
        if (item.ConvertedFrom is not null) batch.Converted++;
        batch.RecordsRead = item.Index + 1;
        return row;
    }

    private static bool IsBibliographic(MarcRecord record) =>
        record.Leader.Length > 6 && record.Leader[6] is not ('z' or 'u' or 'v' or 'x' or 'y' or 'w' or 'q');

    private static string? Lines(IReadOnlyList<MarcIssue> issues, bool vi = false) =>
        issues.Count == 0 ? null : string.Join('\n', issues.Select(i => $"{(i.Severity == IssueSeverity.Error ? "error" : "warning")} {i.Code}{(i.Where.Length > 0 ? " " + i.Where : "")}: {(vi ? i.MessageVi : i.MessageEn)}"));
}
