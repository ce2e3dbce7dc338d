using System.Data.Common;
using System.Globalization;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// On SQLite, how a committing batch's connection is set while it writes, and set back before it returns to the pool.
/// <list type="bullet">
/// <item>A chunk's multi-row statements touch thousands of index pages (words, headings, copies): SQLite copies each
/// page a statement touches first into a statement journal, a temporary file unless temp_store is MEMORY, and a 2 MB
/// page cache spills dirty pages to the WAL mid-transaction and reads them back. While the batch writes, the statement
/// journal is kept in memory and the page cache holds 128 MB, so far fewer pages are written and read again.</item>
/// <item>After each chunk SQLite would checkpoint (its WAL passes 1,000 pages every time): copy every page the chunk
/// changed into the database file and flush it to disk, so the pages every chunk changes (the word index's, the
/// copies') are written and flushed once a chunk. The batch checkpoints when its WAL passes 512 MB and once at the
/// end, and its chunks' commits are not flushed one by one (synchronous NORMAL): the WAL is flushed before each
/// checkpoint. A power cut mid-batch may take back the last chunks, with the batch's cursor that moves in the same
/// transactions, so the batch does them again from its file on restart: nothing the batch accepted is lost, and a
/// desk's own commits still flush the WAL.</item>
/// <item>Meanwhile <see cref="BackgroundCheckpoints"/> copies the committed pages into the database file from another
/// connection, so the batch's own checkpoint at 512 MB finds little left to copy and flush.</item>
/// </list>
/// All is bounded per statement and per connection, so memory stays flat; on disk the WAL stays near 512 MB (its own
/// checkpoint waits for no one: when it meets the background one, the next chunk's commit tries again; 1 GB and a chunk
/// at worst), and the final checkpoint empties it when no reader holds it.
/// </summary>
internal static class CommitConnection
{
    private const int CacheKilobytes = 128 * 1024;

    /// <summary>What the WAL may hold before the batch checkpoints mid-way: 512 MB, instead of SQLite's 1,000 pages (4 MB of 4 KB pages).</summary>
    private const long WalBytes = 512L * 1024 * 1024;

    private static (string Name, long During)[] Settings(long walPages) =>
    [
        ("cache_size", -CacheKilobytes),
        ("temp_store", 2), // MEMORY
        ("synchronous", 1), // NORMAL
        ("wal_autocheckpoint", walPages),
    ];

    public static async Task<IAsyncDisposable> PrepareAsync(CatalogDbContext db, CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.Sqlite) return Restore.Nothing;
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var walPages = WalBytes / await ScalarAsync(connection, "PRAGMA page_size", ct);
        var before = new List<(string, long)>();
        foreach (var (name, during) in Settings(walPages))
        {
            before.Add((name, await ScalarAsync(connection, $"PRAGMA {name}", ct)));
            await ScalarAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA {name} = {during}"), ct);
        }
        return new Restore(db, before, BackgroundCheckpoints.Start(db.Database.GetConnectionString()!, walPages));
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct) ?? 0L, CultureInfo.InvariantCulture);
    }

    private sealed class Restore(CatalogDbContext? db, List<(string Name, long Value)> before, BackgroundCheckpoints? checkpoints) : IAsyncDisposable
    {
        public static readonly Restore Nothing = new(null, [], null);

        public async ValueTask DisposeAsync()
        {
            if (db is null) return;
            await checkpoints!.DisposeAsync();
            var connection = db.Database.GetDbConnection();
            foreach (var (name, value) in before)
                await ScalarAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA {name} = {value}"), CancellationToken.None);
            // Flushes the WAL, copies it into the database file and flushes that; empties the WAL unless a reader still needs it.
            await ScalarAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
