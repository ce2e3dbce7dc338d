using System.Data.Common;
using System.Diagnostics;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Search.Memory;

/// <summary>Reads the index tables into a <see cref="MemoryCatalogue"/>: the whole of them, or what changed after a version.</summary>
internal sealed class MemoryCatalogueReader(CatalogDbContext db)
{
    private const int ChunkSize = 500;
    private const string DocumentColumns = "\"DocNo\", \"IsDeleted\", \"DdcMainClass\", \"DdcValue\", \"Year\", \"Language\", \"IsLocalStudies\"";
    private const string HoldingColumns = "\"DocNo\", \"SiteId\", \"ItemType\", \"Copies\", \"Available\"";

    /// <summary>The whole index. Words are read in the table's own order (no sort on the database) into slots counted first.</summary>
    public async Task<MemoryCatalogue> LoadAsync(Action<string> progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var sql = new SearchSql(db.Provider);
        var catalogue = new MemoryCatalogue();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await Read(sql, $"SELECT {DocumentColumns} FROM {sql.Documents}", r => catalogue.SetDocument(Document(r)), ct);
            var holdings = new List<MemoryHoldingRow>();
            await Read(sql, $"SELECT {HoldingColumns} FROM {sql.Holdings}", r => holdings.Add(Holding(r)), ct);
            foreach (var group in holdings.GroupBy(h => h.DocNo).Where(g => g.Key < catalogue.DocumentLimit))
                catalogue.SetHoldings(group.Key, group);
            progress($"{catalogue.Documents:N0} records, {holdings.Count:N0} holdings read in {clock.Elapsed.TotalSeconds:F1} s");

            if (db.Provider == DatabaseProvider.Sqlite)
            {
                await LoadSqliteWordsAsync(catalogue, clock, progress, ct);
                return catalogue;
            }
            var limit = catalogue.DocumentLimit;
            var start = new int[limit];
            var count = new int[limit];
            await Read(sql, $"SELECT \"DocNo\", COUNT(*) FROM {sql.Tokens} GROUP BY \"DocNo\"", r =>
            {
                var doc = r.GetInt64(0);
                if (doc < limit) count[doc] = Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            }, ct);
            var total = 0;
            for (var doc = 0; doc < limit; doc++)
            {
                start[doc] = total;
                total = checked(total + count[doc]);
            }
            var tokens = new ulong[total];
            var fill = new int[limit];
            var read = 0L;
            await Read(sql, $"SELECT {SearchWordTable.Columns} FROM {sql.Tokens}", r =>
            {
                var word = Word(r);
                if (word.DocNo >= limit || fill[word.DocNo] >= count[word.DocNo]) return;
                tokens[start[word.DocNo] + fill[word.DocNo]++] = catalogue.Pack(word.Field, word.Position, word.Folded, word.Exact);
                if (++read % 5_000_000 == 0) progress($"{read:N0} words read, {clock.Elapsed.TotalSeconds:F0} s");
            }, ct);
            for (var doc = 0; doc < limit; doc++) Array.Sort(tokens, start[doc], fill[doc]);
            catalogue.SetAllWords(tokens, start, fill);
            return catalogue;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
            db.Database.SetCommandTimeout(null);
        }
    }

    /// <summary>SQLite: each record's full-text row (<see cref="SqliteWords"/>) read back into its words.</summary>
    private async Task LoadSqliteWordsAsync(MemoryCatalogue catalogue, Stopwatch clock, Action<string> progress, CancellationToken ct)
    {
        var limit = catalogue.DocumentLimit;
        var ofDoc = new ulong[limit][];
        var total = 0;
        await Read(new SearchSql(db.Provider), $"SELECT rowid, {SqliteWords.Columns} FROM {SqliteWords.Table}", r =>
        {
            var docNo = r.GetInt64(0);
            if (docNo >= limit) return;
            var packed = SqliteWords.Read(docNo, (SqliteDataReader)r, 1).Select(w => catalogue.Pack(w.Field, w.Position, w.Folded, w.Exact)).ToArray();
            Array.Sort(packed);
            ofDoc[docNo] = packed;
            total = checked(total + packed.Length);
            if (docNo % 100_000 == 0) progress($"{docNo:N0} records' words read, {clock.Elapsed.TotalSeconds:F0} s");
        }, ct);
        var tokens = new ulong[total];
        var start = new int[limit];
        var fill = new int[limit];
        var at = 0;
        for (var doc = 0; doc < limit; doc++)
        {
            start[doc] = at;
            if (ofDoc[doc] is not { } packed) continue;
            packed.CopyTo(tokens, at);
            fill[doc] = packed.Length;
            at += packed.Length;
        }
        catalogue.SetAllWords(tokens, start, fill);
    }

    /// <summary>The documents stamped after the version, and the records whose holdings alone were.</summary>
    public async Task<(List<MemoryDocumentRow> Documents, HashSet<long> HoldingsOnly)> ChangedSinceAsync(long version, CancellationToken ct)
    {
        var sql = new SearchSql(db.Provider);
        var documents = new List<MemoryDocumentRow>();
        var holdings = new HashSet<long>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await Read(sql, $"SELECT {DocumentColumns} FROM {sql.Documents} WHERE \"Version\" > {sql.Add(version)}", r => documents.Add(Document(r)), ct);
            sql = new SearchSql(db.Provider);
            await Read(sql, $"SELECT \"DocNo\" FROM {sql.Holdings} WHERE \"Version\" > {sql.Add(version)}", r => holdings.Add(r.GetInt64(0)), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        holdings.ExceptWith(documents.Select(d => d.DocNo));
        return (documents, holdings);
    }

    public async Task<ILookup<long, MemoryWordRow>> WordsOf(IReadOnlyCollection<long> docNos, CancellationToken ct)
    {
        var words = new List<MemoryWordRow>();
        if (db.Provider == DatabaseProvider.Sqlite)
            await ReadChunks(docNos, $"rowid, {SqliteWords.Columns}", _ => SqliteWords.Table, r => words.AddRange(SqliteWords.Read(r.GetInt64(0), (SqliteDataReader)r, 1)), ct, key: "rowid");
        else await ReadChunks(docNos, SearchWordTable.Columns, s => s.Tokens, r => words.Add(Word(r)), ct);
        return words.ToLookup(w => w.DocNo);
    }

    public async Task<ILookup<long, MemoryHoldingRow>> HoldingsOf(IReadOnlyCollection<long> docNos, CancellationToken ct)
    {
        var holdings = new List<MemoryHoldingRow>();
        await ReadChunks(docNos, HoldingColumns, s => s.Holdings, r => holdings.Add(Holding(r)), ct);
        return holdings.ToLookup(h => h.DocNo);
    }

    private async Task ReadChunks(IReadOnlyCollection<long> docNos, string columns, Func<SearchSql, string> table, Action<DbDataReader> row, CancellationToken ct,
        string key = "\"DocNo\"")
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var chunk in docNos.Chunk(ChunkSize))
            {
                var sql = new SearchSql(db.Provider);
                await Read(sql, $"SELECT {columns} FROM {table(sql)} WHERE {key} IN ({sql.In(chunk.Cast<object>())})", row, ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task Read(SearchSql sql, string text, Action<DbDataReader> row, CancellationToken ct)
    {
        await using var command = sql.Command(db, text);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) row(reader);
    }

    private static MemoryDocumentRow Document(DbDataReader r) => new(
        r.GetInt64(0), r.GetBoolean(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetDouble(3),
        r.IsDBNull(4) ? null : r.GetInt32(4), r.IsDBNull(5) ? null : r.GetString(5), r.GetBoolean(6));

    private MemoryWordRow Word(DbDataReader r) => new(r.GetInt64(0), Field(r), r.GetInt32(2), r.GetString(3), r.GetString(4));

    private int Field(DbDataReader r) => db.Provider switch
    {
        DatabaseProvider.Postgres => r.GetInt16(1),
        DatabaseProvider.SqlServer => r.GetByte(1),
        _ => r.GetInt32(1),
    };

    private static MemoryHoldingRow Holding(DbDataReader r) => new(r.GetInt64(0), r.GetGuid(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4));
}
