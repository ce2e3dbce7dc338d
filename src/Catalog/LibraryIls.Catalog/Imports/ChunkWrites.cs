using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Records;
using LibraryIls.Catalog.Search;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// What committing one chunk writes besides the change tracker's few rows (records it merged into or replaced,
/// and the batch): the records it added with their headings and first versions, all copies and their old → new
/// numbers, the OPAC index of the new records and the holdings of every record that got copies, and the staged
/// rows' outcome. Written in bulk, in the caller's transaction.
/// </summary>
internal sealed class ChunkWrites
{
    private static readonly string[] Outcome =
    [
        nameof(StagedRecord.Status), nameof(StagedRecord.RecordId), nameof(StagedRecord.VersionBefore), nameof(StagedRecord.UpdatedAtBefore),
        nameof(StagedRecord.UpdatedByBefore), nameof(StagedRecord.VersionAfter), nameof(StagedRecord.MatchRecordId), nameof(StagedRecord.MatchScore),
        nameof(StagedRecord.RejectCode), nameof(StagedRecord.RejectReason), nameof(StagedRecord.OriginalBytes),
    ];

    /// <summary>Records new to the catalogue, with their MARC as it stands (a later record of the chunk may have merged into one).</summary>
    public Dictionary<Guid, AddedRecord> Added { get; } = [];

    public List<RecordVersion> AddedVersions { get; } = [];
    public List<Copy> Copies { get; } = [];
    public List<ImportedCopy> ImportedCopies { get; } = [];

    /// <summary>Records that were in the catalogue before the chunk and got copies.</summary>
    public HashSet<Guid> CopiesAddedTo { get; } = [];

    /// <summary>The new records, their headings and first versions: before the tracked changes, whose copies may point at them.</summary>
    public async Task WriteRecordsAsync(CatalogDbContext db, CancellationToken ct)
    {
        await new BulkRows<BibliographicRecord>(db).InsertAsync(Added.Values.Select(a => a.Record), ct);
        await new BulkRows<RecordHeading>(db, nameof(RecordHeading.RecordId))
            .InsertAsync(Added.Values.SelectMany(a => a.Record.Headings.Select(h => (h, (object?)a.Record.Id))), ct);
        await new BulkRows<RecordVersion>(db).InsertAsync(AddedVersions, ct);
    }

    /// <summary>Copies, the number mapping, the OPAC index and the staged rows: after the tracked changes are saved.</summary>
    public async Task WriteRestAsync(CatalogDbContext db, IEnumerable<StagedRecord> staged, DateTimeOffset now, CancellationToken ct)
    {
        await new BulkRows<Copy>(db).InsertAsync(Copies, ct);
        await new BulkRows<ImportedCopy>(db).InsertAsync(ImportedCopies, ct);
        await new SearchIndexWriter(db).AddRecordsAsync([.. Added.Values], ct);
        if (CopiesAddedTo.Count > 0) await SearchHoldings.RecountAsync(db, CopiesAddedTo, ct, touchedAt: now);
        await new BulkRows<StagedRecord>(db).UpdateAsync(staged, Outcome, ct);
    }
}
