using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Records;
using LibraryIls.Catalog.Search;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// What committing one chunk writes besides the batch's own row (the change tracker's): the records it added with
/// their headings and first versions, the records it merged into or replaced (row, headings, new version), all copies
/// and their old → new numbers, the OPAC index of the records added and changed and the holdings of every record that
/// got copies, and the staged rows' outcome. Written in bulk, in the caller's transaction: through the change tracker, as a
/// cataloguer's edit goes, a merged record would cost a statement per row (its headings, its words), many times the
/// cost of a record added.
/// </summary>
internal sealed class ChunkWrites
{
    /// <summary>What <see cref="BibliographicRecord.Replace"/> sets.</summary>
    private static readonly string[] RecordColumns =
    [
        nameof(BibliographicRecord.Marc), nameof(BibliographicRecord.Version), nameof(BibliographicRecord.UpdatedAt), nameof(BibliographicRecord.UpdatedBy),
        nameof(BibliographicRecord.Title), nameof(BibliographicRecord.Responsibility), nameof(BibliographicRecord.MainEntry),
        nameof(BibliographicRecord.Publisher), nameof(BibliographicRecord.Year), nameof(BibliographicRecord.Language),
        nameof(BibliographicRecord.DdcClass), nameof(BibliographicRecord.DdcMainClass), nameof(BibliographicRecord.IsLocalStudies),
    ];

    private static readonly string[] Outcome =
    [
        nameof(StagedRecord.Status), nameof(StagedRecord.RecordId), nameof(StagedRecord.VersionBefore), nameof(StagedRecord.UpdatedAtBefore),
        nameof(StagedRecord.UpdatedByBefore), nameof(StagedRecord.VersionAfter), nameof(StagedRecord.MatchRecordId), nameof(StagedRecord.MatchScore),
        nameof(StagedRecord.RejectCode), nameof(StagedRecord.RejectReason), nameof(StagedRecord.OriginalBytes),
    ];

    /// <summary>Records new to the catalogue, with their MARC as it stands (a later record of the chunk may have merged into one).</summary>
    public Dictionary<Guid, RecordWritten> Added { get; } = [];

    /// <summary>Records that were in the catalogue before the chunk and that it merged into or replaced, as they now stand.</summary>
    public Dictionary<Guid, RecordWritten> Changed { get; } = [];

    /// <summary>The versions of the records the chunk added and changed (a first version, or the state a merge left).</summary>
    private readonly List<RecordVersion> _versions = [];

    /// <summary>The last version the chunk made of each record, which the next one it makes of the same record gives the MARC it leaves.</summary>
    private readonly Dictionary<Guid, RecordVersion> _latest = [];

    /// <summary>The MARC that records already in the catalogue leave, for the versions they stood at (<see cref="RecordHistory"/>).</summary>
    private readonly Dictionary<Guid, string> _leaving = [];

    public List<Copy> Copies { get; } = [];
    public List<ImportedCopy> ImportedCopies { get; } = [];

    /// <summary>Records that were in the catalogue before the chunk and got copies.</summary>
    public HashSet<Guid> CopiesAddedTo { get; } = [];

    /// <summary>A version the chunk makes; <paramref name="leaving"/> is the record's MARC before it (null for a first version).</summary>
    public void AddVersion(RecordVersion version, string? leaving)
    {
        if (_latest.TryGetValue(version.RecordId, out var earlier)) earlier.Keep(leaving ?? throw new ArgumentNullException(nameof(leaving)));
        else if (leaving is not null) _leaving[version.RecordId] = leaving;
        _latest[version.RecordId] = version;
        _versions.Add(version);
    }

    /// <summary>
    /// The new records and the changed ones (their row, their headings replaced), with their versions: before the tracked
    /// changes. A changed record's row is updated where it stands; the chunk locked it when it read it.
    /// </summary>
    public async Task WriteRecordsAsync(CatalogDbContext db, CancellationToken ct)
    {
        await new BulkRows<BibliographicRecord>(db).InsertAsync(Added.Values.Select(a => a.Record), ct);
        if (Changed.Count > 0)
        {
            await new BulkRows<BibliographicRecord>(db).UpdateAsync(Changed.Values.Select(c => c.Record), RecordColumns, ct);
            foreach (var slice in Changed.Keys.Chunk(1000))
                await db.Headings.Where(h => EF.Parameter(slice).Contains(h.RecordId)).ExecuteDeleteAsync(ct);
        }
        await new BulkRows<RecordHeading>(db, nameof(RecordHeading.RecordId))
            .InsertAsync(Added.Values.Concat(Changed.Values).SelectMany(a => a.Record.Headings.Select(h => (h, (object?)a.Record.Id))), ct);
        if (_leaving.Count > 0) await RecordHistory.LeaveAsync(db, _leaving, ct);
        await new BulkRows<RecordVersion>(db).InsertAsync(_versions, ct);
    }

    /// <summary>
    /// Copies, the number mapping, the OPAC index and the staged rows (with their outcome; inserted when the batch is staged and
    /// committed at once): after the tracked changes are saved.
    /// </summary>
    public async Task WriteRestAsync(CatalogDbContext db, IEnumerable<StagedRecord> staged, bool rowsAreNew, DateTimeOffset now, CancellationToken ct)
    {
        await new BulkRows<Copy>(db).InsertAsync(Copies, ct);
        await new BulkRows<ImportedCopy>(db).InsertAsync(ImportedCopies, ct);
        var index = new SearchIndexWriter(db);
        // The records changed first: their documents are older (lower numbers) than the new ones, and SQLite's full-text
        // table writes out the words it holds in memory each time it is given a lower row number than the last.
        await index.ReplaceRecordsAsync([.. Changed.Values], ct);
        await index.AddRecordsAsync([.. Added.Values], Copies, ct);
        // Holdings recounted and documents stamped with a new index version, so the OPAC's memory index reads them again.
        var recount = CopiesAddedTo.Union(Changed.Keys).ToList();
        if (recount.Count > 0) await SearchHoldings.RecountAsync(db, recount, ct, touchedAt: now);
        if (rowsAreNew) await new BulkRows<StagedRecord>(db).InsertAsync(staged, ct);
        else await new BulkRows<StagedRecord>(db).UpdateAsync(staged, Outcome, ct);
    }
}
