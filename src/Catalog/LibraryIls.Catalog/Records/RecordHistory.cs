using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Records;

/// <summary>
/// A record's history as it is stored: the version the record stands at holds no MARC of its own (see <see cref="RecordVersion"/>).
/// Every writer of a new version and every reader of an old one goes through here.
/// </summary>
internal static class RecordHistory
{
    /// <summary>
    /// Before a cataloguer's change or deletion: the version the record is leaving gets the record's MARC as it stands
    /// (tracked, saved with the change).
    /// </summary>
    public static async Task LeaveAsync(CatalogDbContext db, BibliographicRecord record, CancellationToken ct)
    {
        foreach (var version in await db.RecordVersions.Where(v => v.RecordId == record.Id && v.Marc == "").ToListAsync(ct))
            version.Keep(record.Marc);
    }

    /// <summary>
    /// Before an import writes new versions of records it merged into or replaced, given the MARC each is leaving: their
    /// versions that held none get it, in bulk.
    /// </summary>
    public static async Task LeaveAsync(CatalogDbContext db, IReadOnlyDictionary<Guid, string> leaving, CancellationToken ct)
    {
        var kept = new List<RecordVersion>();
        foreach (var slice in leaving.Keys.Chunk(1000))
            kept.AddRange(await db.RecordVersions.AsNoTracking().Where(v => EF.Parameter(slice).Contains(v.RecordId) && v.Marc == "").ToListAsync(ct));
        foreach (var version in kept) version.Keep(leaving[version.RecordId]);
        await new BulkRows<RecordVersion>(db).UpdateAsync(kept, [nameof(RecordVersion.Marc)], ct);
    }

    /// <summary>The MARC at a version: its own, or the record's when the record stands at it.</summary>
    public static async Task<string> MarcAtAsync(CatalogDbContext db, RecordVersion version, CancellationToken ct) =>
        version.Marc.Length > 0 ? version.Marc : await db.Records.AsNoTracking().Where(r => r.Id == version.RecordId).Select(r => r.Marc).SingleAsync(ct);
}
