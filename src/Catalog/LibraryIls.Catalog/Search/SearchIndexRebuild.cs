using System.Diagnostics;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Records;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Search;

public sealed record SearchIndexRebuilt(int Records, long Words, double Seconds);

/// <summary>
/// Rebuilds the OPAC index from the records in one pass: after a bulk load, a restore, or a change to how
/// words are cut. Words go in through the bulk <see cref="SearchIndexWriter"/> with the
/// word index dropped meanwhile and built once at the end, and on PostgreSQL the tables analysed. Tombstones stay: harvesters still need them.
/// </summary>
internal sealed class SearchIndexRebuild(CatalogDbContext db, ConnectedDatabase database)
{
    private const int RecordsPerBatch = 2000;

    public async Task<SearchIndexRebuilt> Run(TextWriter? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var sql = new SearchSql(database.Provider);
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var deleteAll = $"DELETE FROM {(database.Provider == DatabaseProvider.Sqlite ? SqliteWords.Table : sql.Tokens)}";
        await db.Database.ExecuteSqlRawAsync(deleteAll, ct);
        // SQLite has no word index apart: its words are a full-text table (see SqliteWords).
        var wordIndex = database.Provider != DatabaseProvider.Sqlite;
        if (wordIndex) await db.Database.ExecuteSqlRawAsync(DropWordIndex(sql), ct);
        db.IndexOnSave = false;
        try
        {
            var records = 0;
            long words = 0;
            Guid? after = null;
            while (true)
            {
                var query = db.Records.AsNoTracking();
                if (after is { } last) query = query.Where(r => r.Id.CompareTo(last) > 0);
                var batch = await query.OrderBy(r => r.Id).Take(RecordsPerBatch).ToListAsync(ct);
                if (batch.Count == 0) break;
                after = batch[^1].Id;
                var ids = batch.Select(r => r.Id).ToList();
                var documents = await db.SearchDocuments.Where(d => ids.Contains(d.RecordId)).ToDictionaryAsync(d => d.RecordId, ct);
                foreach (var record in batch)
                {
                    if (!documents.TryGetValue(record.Id, out var document))
                    {
                        document = SearchDocument.For(record);
                        db.SearchDocuments.Add(document);
                        documents[record.Id] = document;
                    }
                    document.Describe(record, record.UpdatedAt);
                }
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                var rows = batch.SelectMany(r => RecordWords.Of(r.ToMarc()).Select(w => (documents[r.Id].DocNo, w.Field, w.Position, w.Word))).ToList();
                await Insert(rows, ct);
                records += batch.Count;
                words += rows.Count;
                progress?.WriteLine($"  {records:N0} records, {words:N0} words, {clock.Elapsed.TotalSeconds:F0} s");
            }
            progress?.WriteLine("  building the word index and counting holdings …");
            if (wordIndex) await db.Database.ExecuteSqlRawAsync(SearchWordTable.CreateWordIndex(sql.Tokens), ct);
            await SearchHoldings.RebuildAsync(db, ct);
            // PostgreSQL plans the SQL search from statistics autovacuum refreshes a minute or more after the table was emptied and filled.
            if (database.Provider == DatabaseProvider.Postgres)
            {
                var analyse = $"ANALYZE {sql.Tokens}, {sql.Documents}, {sql.Holdings}";
                await db.Database.ExecuteSqlRawAsync(analyse, ct);
            }
            await SearchChanges.StampAllAsync(db, ct);
            return new SearchIndexRebuilt(records, words, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            db.IndexOnSave = true;
            db.Database.SetCommandTimeout(null);
        }
    }

    private async Task Insert(List<(long DocNo, SearchField Field, int Position, SearchWord Word)> rows, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await new SearchIndexWriter(db).WriteWordsAsync(rows, ct);
        await transaction.CommitAsync(ct);
    }

    private string DropWordIndex(SearchSql sql) => database.Provider switch
    {
        DatabaseProvider.SqlServer => $"DROP INDEX IF EXISTS \"{SearchWordTable.WordIndex}\" ON {sql.Tokens}",
        _ => $"DROP INDEX IF EXISTS \"catalog\".\"{SearchWordTable.WordIndex}\"",
    };
}
