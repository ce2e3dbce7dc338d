using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Records;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// Keeps the OPAC index in step with the catalogue inside the same SaveChanges, so the same transaction:
/// every code path that changes a record (the record endpoints, MARC import, the demo seeder) goes through
/// CatalogDbContext, so none can forget the index. Copies change no words (availability and sites are read
/// from cat_copies itself), but a copy that comes, goes or changes site moves the record's OAI datestamp.
/// </summary>
internal static class SearchIndexing
{
    public static async Task StageAsync(CatalogDbContext db, CancellationToken ct)
    {
        if (!db.IndexOnSave) return;
        db.ChangeTracker.DetectChanges();
        var records = db.ChangeTracker.Entries<BibliographicRecord>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        var touchedByCopies = db.ChangeTracker.Entries<Copy>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted
                        || (e.State == EntityState.Modified && e.Property(c => c.SiteId).IsModified
                            && !Equals(e.Property(c => c.SiteId).OriginalValue, e.Property(c => c.SiteId).CurrentValue)))
            .Select(e => e.Entity.RecordId).ToHashSet();
        if (records.Count == 0 && touchedByCopies.Count == 0) return;

        var now = db.Clock.GetUtcNow();
        var ids = records.Select(e => e.Entity.Id).Concat(touchedByCopies).ToHashSet();
        var documents = db.ChangeTracker.Entries<SearchDocument>().Select(e => e.Entity).Where(d => ids.Contains(d.RecordId))
            .ToDictionary(d => d.RecordId);
        var stored = ids.Where(id => !documents.ContainsKey(id) && !records.Any(e => e.Entity.Id == id && e.State == EntityState.Added)).ToList();
        foreach (var chunk in stored.Chunk(500))
        {
            foreach (var document in await db.SearchDocuments.Include(d => d.Tokens).Where(d => chunk.Contains(d.RecordId)).ToListAsync(ct))
                documents[document.RecordId] = document;
        }

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
            if (entry.State == EntityState.Deleted) document.Delete(now);
            else document.Index(record, RecordWords.Of(record.ToMarc()), record.UpdatedAt);
        }
        foreach (var recordId in touchedByCopies)
            if (documents.TryGetValue(recordId, out var document)) document.Touch(now);
    }
}
