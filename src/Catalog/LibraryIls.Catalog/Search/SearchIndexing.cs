using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// Keeps the OPAC index in step with the catalogue inside the same SaveChanges, so the same transaction:
/// every code path that changes a record or a copy (the record and copy endpoints, circulation through
/// ICopyCatalog, MARC import, the demo seeder) goes through CatalogDbContext, so none can forget the index.
/// A record's words are rewritten when it changes; its holdings (copies per site and item type, on the shelf)
/// when a copy comes, goes, moves, or changes type or status; a copy that comes, goes or moves site also moves
/// the record's OAI datestamp, because its set membership changed.
/// </summary>
internal static class SearchIndexing
{
    public static async Task StageAsync(CatalogDbContext db, CancellationToken ct)
    {
        if (!db.IndexOnSave) return;
        db.ChangeTracker.DetectChanges();
        var records = db.ChangeTracker.Entries<BibliographicRecord>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        var copies = db.ChangeTracker.Entries<Copy>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted
                        || (e.State == EntityState.Modified && (Changed(e, nameof(Copy.SiteId)) || Changed(e, nameof(Copy.ItemType)) || Changed(e, nameof(Copy.Status)))))
            .ToList();
        if (records.Count == 0 && copies.Count == 0) return;
        if (records.Count == 0 && copies.All(e => e.State == EntityState.Modified && !Changed(e, nameof(Copy.SiteId)) && !Changed(e, nameof(Copy.ItemType))))
        {
            await CountLoansAndReturns(db, copies, ct);
            if (!db.ChangeTracker.AutoDetectChangesEnabled) db.ChangeTracker.DetectChanges();
            return;
        }

        var now = db.Clock.GetUtcNow();
        var documents = await Documents(db, records, copies, ct);
        var sqlite = db.Provider == DatabaseProvider.Sqlite;
        foreach (var entry in records)
        {
            var record = entry.Entity;
            if (!documents.TryGetValue(record.Id, out var document))
            {
                if (entry.State == EntityState.Deleted) continue;
                document = SearchDocument.For(record);
                db.SearchDocuments.Add(document);
                documents[record.Id] = document;
            }
            var words = entry.State == EntityState.Deleted ? [] : RecordWords.Of(record.ToMarc());
            if (entry.State == EntityState.Deleted) document.Delete(now);
            else if (sqlite) document.Describe(record, record.UpdatedAt);
            else document.Index(record, words, record.UpdatedAt);
            // SQLite: the full-text row is written (or, with no words, removed) once the document has its number, in the same transaction (CatalogDbContext).
            if (sqlite) db.WordsToWrite[document] = words;
        }

        var holdingRecords = copies.Select(e => e.Entity.RecordId).ToHashSet();
        foreach (var (recordId, counts) in await Holdings(db, holdingRecords, ct))
            if (documents.TryGetValue(recordId, out var document)) document.Hold(counts);
        foreach (var entry in copies.Where(e => e.State != EntityState.Modified || Changed(e, nameof(Copy.SiteId))))
            if (documents.TryGetValue(entry.Entity.RecordId, out var document)) document.Touch(now);
        // A bulk writer (an import's commit) turns automatic detection off, and SaveChanges then writes only what was
        // detected: the words and holdings changed just now would be lost.
        if (!db.ChangeTracker.AutoDetectChangesEnabled) db.ChangeTracker.DetectChanges();
    }

    private static async Task<Dictionary<Guid, SearchDocument>> Documents(CatalogDbContext db, List<EntityEntry<BibliographicRecord>> records,
        List<EntityEntry<Copy>> copies, CancellationToken ct)
    {
        var tracked = db.ChangeTracker.Entries<SearchDocument>().Select(e => e.Entity).ToDictionary(d => d.RecordId);
        var withWords = records.Where(e => e.State != EntityState.Added).Select(e => e.Entity.Id).Where(id => !tracked.ContainsKey(id)).ToHashSet();
        var added = records.Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id).ToHashSet();
        var holdingsOnly = copies.Select(e => e.Entity.RecordId).Where(id => !tracked.ContainsKey(id) && !withWords.Contains(id) && !added.Contains(id)).ToHashSet();
        var documents = new Dictionary<Guid, SearchDocument>(tracked);
        // On SQLite the words are not rows of their own (SqliteWords): the document alone.
        var sqlite = db.Provider == DatabaseProvider.Sqlite;
        foreach (var chunk in withWords.Chunk(500))
            foreach (var d in await (sqlite ? db.SearchDocuments.AsQueryable() : db.SearchDocuments.Include(d => d.Tokens)).Include(d => d.Holdings).Where(d => chunk.Contains(d.RecordId)).ToListAsync(ct))
                documents[d.RecordId] = d;
        foreach (var chunk in holdingsOnly.Chunk(500))
            foreach (var d in await db.SearchDocuments.Include(d => d.Holdings).Where(d => chunk.Contains(d.RecordId)).ToListAsync(ct))
                documents[d.RecordId] = d;
        return documents;
    }

    /// <summary>Copies per record, site and item type as they will stand after the save: the stored ones with this save's changes laid over.</summary>
    private static async Task<Dictionary<Guid, List<(Guid, string, int, int)>>> Holdings(CatalogDbContext db, HashSet<Guid> recordIds, CancellationToken ct)
    {
        var current = new Dictionary<Guid, (Guid RecordId, Guid SiteId, string ItemType, CopyStatus Status)>();
        foreach (var chunk in recordIds.Chunk(500))
            foreach (var c in await db.Copies.AsNoTracking().Where(c => chunk.Contains(c.RecordId))
                         .Select(c => new { c.Id, c.RecordId, c.SiteId, c.ItemType, c.Status }).ToListAsync(ct))
                current[c.Id] = (c.RecordId, c.SiteId, c.ItemType, c.Status);
        foreach (var entry in db.ChangeTracker.Entries<Copy>().Where(e => recordIds.Contains(e.Entity.RecordId)))
        {
            if (entry.State is EntityState.Deleted) current.Remove(entry.Entity.Id);
            else if (entry.State is EntityState.Added or EntityState.Modified)
                current[entry.Entity.Id] = (entry.Entity.RecordId, entry.Entity.SiteId, entry.Entity.ItemType, entry.Entity.Status);
        }
        // A record left with no copies gets no holdings.
        var counts = SearchHolding.PerRecord(current.Values);
        return recordIds.ToDictionary(id => id, id => counts.GetValueOrDefault(id) ?? []);
    }

    /// <summary>
    /// The desk's hot path (a checkout or return changes one copy's status): the shelf count moves by one,
    /// read and written with one query instead of recounting the record's copies.
    /// </summary>
    private static async Task CountLoansAndReturns(CatalogDbContext db, List<EntityEntry<Copy>> copies, CancellationToken ct)
    {
        var ids = copies.Select(e => e.Entity.RecordId).Distinct().ToList();
        var holdings = await (from h in db.SearchHoldings
                              join d in db.SearchDocuments on h.DocNo equals d.DocNo
                              where ids.Contains(d.RecordId)
                              select new { Holding = h, d.RecordId }).ToListAsync(ct);
        foreach (var entry in copies)
        {
            var was = (CopyStatus)entry.Property(nameof(Copy.Status)).OriginalValue! == CopyStatus.Available ? 1 : 0;
            var now = entry.Entity.Status == CopyStatus.Available ? 1 : 0;
            var holding = holdings.FirstOrDefault(h => h.RecordId == entry.Entity.RecordId && h.Holding.SiteId == entry.Entity.SiteId
                                                       && h.Holding.ItemType == entry.Entity.ItemType)?.Holding;
            holding?.Count(holding.Copies, holding.Available + now - was);
        }
    }

    private static bool Changed(EntityEntry<Copy> entry, string property)
    {
        var value = entry.Property(property);
        return value.IsModified && !Equals(value.OriginalValue, value.CurrentValue);
    }
}
