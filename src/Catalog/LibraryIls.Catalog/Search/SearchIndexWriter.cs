using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Records;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// Writes the OPAC index for many records at once, by the engine's fast path (<see cref="BulkRows{T}"/>; SQLite's words:
/// <see cref="SqliteWords"/>): the index rebuild writes words through it, and a bulk import writes its new records'
/// documents, words and holdings through it in the same transaction as the records. Everything that writes index rows in
/// bulk goes through here.
/// </summary>
internal sealed class SearchIndexWriter(CatalogDbContext db)
{
    /// <summary>
    /// Documents, words and holdings of records new to the catalogue, stamped with one new index version. Their holdings are
    /// counted from <paramref name="copies"/>, which holds every copy they have: new records have only the copies written
    /// with them, so no query need count what is in hand.
    /// </summary>
    public async Task AddRecordsAsync(IReadOnlyList<RecordWritten> records, IEnumerable<Copy> copies, CancellationToken ct)
    {
        if (records.Count == 0) return;
        var version = await SearchChanges.BumpAsync(db, ct);
        var counts = SearchHolding.PerRecord(copies.Select(c => (c.RecordId, c.SiteId, c.ItemType, c.Status)));
        var documents = records.Select(r =>
        {
            var document = SearchDocument.For(r.Record);
            document.Describe(r.Record, r.Record.UpdatedAt);
            document.Hold(counts.GetValueOrDefault(r.Record.Id) ?? []);
            document.Stamp(version);
            foreach (var holding in document.Holdings) holding.Stamp(version);
            return document;
        }).ToList();
        // SQLite tells each document's number as it goes in; the other engines' are read back.
        var numbers = await new BulkRows<SearchDocument>(db).InsertNumberedAsync(documents, ct);
        var docNos = numbers is not null ? documents.Zip(numbers).ToDictionary(d => d.First.RecordId, d => d.Second) : await DocNosAsync(documents, ct);
        if (db.Provider == DatabaseProvider.Sqlite)
            await SqliteWords.WriteAsync(db, records.Select(r => (docNos[r.Record.Id], r.WordTexts ?? SqliteWords.Texts(r.Words ?? RecordWords.Of(r.Marc)))), replace: false, ct);
        else
            await WriteWordsAsync(records.SelectMany(r => (r.Words ?? RecordWords.Of(r.Marc)).Select(w => (docNos[r.Record.Id], w.Field, w.Position, w.Word))), ct);
        await new BulkRows<SearchHolding>(db, nameof(SearchHolding.DocNo))
            .InsertAsync(documents.SelectMany(d => d.Holdings.Select(h => (h, (object?)docNos[d.RecordId]))), ct);
    }

    private async Task<Dictionary<Guid, long>> DocNosAsync(List<SearchDocument> documents, CancellationToken ct)
    {
        var docNos = new Dictionary<Guid, long>(documents.Count);
        foreach (var slice in documents.Select(d => d.RecordId).Chunk(1000))
            foreach (var d in await db.SearchDocuments.AsNoTracking().Where(d => EF.Parameter(slice).Contains(d.RecordId)).Select(d => new { d.RecordId, d.DocNo }).ToListAsync(ct))
                docNos[d.RecordId] = d.DocNo;
        return docNos;
    }

    /// <summary>
    /// Records already in the catalogue that changed (an import merged into or replaced them): their documents' filters and
    /// datestamp, and those of their words that changed. Their holdings and index version are the caller's (a recount of the same records).
    /// </summary>
    public async Task ReplaceRecordsAsync(IReadOnlyList<RecordWritten> records, CancellationToken ct)
    {
        if (records.Count == 0) return;
        var byId = records.ToDictionary(r => r.Record.Id);
        var documents = new List<SearchDocument>(records.Count);
        foreach (var slice in byId.Keys.Chunk(1000))
            documents.AddRange(await db.SearchDocuments.AsNoTracking().Where(d => EF.Parameter(slice).Contains(d.RecordId)).ToListAsync(ct));
        // In row order, as the full-text table writes best (see ChunkWrites).
        documents.Sort((a, b) => a.DocNo.CompareTo(b.DocNo));
        foreach (var document in documents) document.Describe(byId[document.RecordId].Record, byId[document.RecordId].Record.UpdatedAt);
        await new BulkRows<SearchDocument>(db).UpdateAsync(documents, DescribedColumns, ct);
        if (db.Provider == DatabaseProvider.Sqlite)
            await SqliteWords.WriteAsync(db, documents.Select(d => (d.DocNo, SqliteWords.Texts(RecordWords.Of(byId[d.RecordId].Marc)))), replace: true, ct);
        else await ReplaceWordsAsync(documents, byId, ct);
        // A record without its document (never expected: every record gets one) gets one as a new record would.
        var found = documents.Select(d => d.RecordId).ToHashSet();
        await AddRecordsAsync([.. records.Where(r => !found.Contains(r.Record.Id))], [], ct);
    }

    private async Task ReplaceWordsAsync(List<SearchDocument> documents, Dictionary<Guid, RecordWritten> byId, CancellationToken ct)
    {
        // Only the words that changed are rewritten: a merge mostly adds fields, and the words already there stay where they are.
        var stored = new Dictionary<(long DocNo, SearchField Field, int Position), SearchToken>();
        foreach (var slice in documents.Select(d => d.DocNo).Chunk(1000))
            foreach (var token in await db.SearchTokens.AsNoTracking().Where(t => EF.Parameter(slice).Contains(t.DocNo)).ToListAsync(ct))
                stored[(token.DocNo, token.Field, token.Position)] = token;
        var written = new List<(long DocNo, SearchField Field, int Position, SearchWord Word)>();
        var gone = new List<SearchToken>();
        foreach (var document in documents)
        {
            foreach (var (field, position, word) in RecordWords.Of(byId[document.RecordId].Marc))
            {
                if (stored.Remove((document.DocNo, field, position), out var old))
                {
                    if (old.Folded == word.Folded && old.Exact == word.Exact) continue;
                    gone.Add(old);
                }
                written.Add((document.DocNo, field, position, word));
            }
        }
        gone.AddRange(stored.Values);
        gone.Sort(SearchToken.ByWord);
        await new BulkRows<SearchToken>(db).DeleteAsync(gone, ct);
        await WriteWordsAsync(written, ct);
    }

    /// <summary>What <see cref="SearchDocument.Describe"/> sets.</summary>
    private static readonly string[] DescribedColumns =
    [
        nameof(SearchDocument.ChangedAt), nameof(SearchDocument.IsDeleted), nameof(SearchDocument.DdcClass), nameof(SearchDocument.DdcMainClass),
        nameof(SearchDocument.DdcValue), nameof(SearchDocument.Year), nameof(SearchDocument.Language), nameof(SearchDocument.IsLocalStudies),
    ];

    /// <summary>
    /// Words go in in the order of the word index: each row lands beside the one before, so the pages the index is written
    /// to are few and stay in the cache, instead of one per row all over it. On SQLite, a full-text row per record.
    /// </summary>
    public async Task WriteWordsAsync(IEnumerable<(long DocNo, SearchField Field, int Position, SearchWord Word)> words, CancellationToken ct)
    {
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // Records with no words yet (the rebuild emptied the table): one full-text row each.
            var byRecord = words.GroupBy(w => w.DocNo, w => (w.Field, w.Position, w.Word));
            await SqliteWords.WriteAsync(db, byRecord.Select(g => (g.Key, SqliteWords.Texts(g))), replace: false, ct);
            return;
        }
        var rows = words.Select(w => new SearchToken(w.DocNo, w.Field, w.Position, w.Word)).ToArray();
        Array.Sort(rows, SearchToken.ByWord);
        await new BulkRows<SearchToken>(db).InsertAsync(rows, ct);
    }
}

/// <summary>
/// A record an import adds or changes, with its MARC as it now stands and, when already worked out, its OPAC words (and on
/// SQLite their full-text texts).
/// </summary>
internal sealed record RecordWritten(BibliographicRecord Record, MarcRecord Marc, IReadOnlyList<(SearchField Field, int Position, SearchWord Word)>? Words,
    string[]? WordTexts = null);
