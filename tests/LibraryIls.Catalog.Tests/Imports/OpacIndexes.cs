using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Search.Memory;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>The OPAC index rows of some records (documents, words, holdings), as text that compares across a rebuild.</summary>
internal static class OpacIndexes
{
    public static async Task<(List<string> Documents, List<string> Words, List<(Guid, Guid, string, int Copies, int)> Holdings)> OfAsync(
        CatalogDbContext db, List<Guid> recordIds)
    {
        var documents = await db.SearchDocuments.AsNoTracking().Where(d => recordIds.Contains(d.RecordId)).ToListAsync();
        var recordOf = documents.ToDictionary(d => d.DocNo, d => d.RecordId);
        var docNos = recordOf.Keys.ToList();
        // Read as the memory index reads them, from whichever table the engine keeps them in (SQLite: a full-text row per record).
        var words = (await new MemoryCatalogueReader(db).WordsOf(docNos, default)).SelectMany(g => g).ToList();
        var holdings = await db.SearchHoldings.AsNoTracking().Where(h => docNos.Contains(h.DocNo)).ToListAsync();
        return (
            [.. documents.Select(d => $"{d.RecordId} {d.IsDeleted} {d.DdcClass} {d.DdcMainClass} {d.DdcValue} {d.Year} {d.Language} {d.IsLocalStudies}").Order()],
            [.. words.Select(t => $"{recordOf[t.DocNo]} {t.Field} {t.Position} {t.Folded} {t.Exact}").Order(StringComparer.Ordinal)],
            [.. holdings.Select(h => (recordOf[h.DocNo], h.SiteId, h.ItemType, h.Copies, h.Available)).Order()]);
    }
}
