using System.Globalization;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// The change feed the in-memory OPAC index follows (see <see cref="SearchIndexVersion"/>): a save that writes the
/// index raises the version and stamps the documents and holdings it writes, in the same transaction.
/// </summary>
internal static class SearchChanges
{
    public static bool Pending(CatalogDbContext db) =>
        db.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                                            && e.Entity is SearchDocument or SearchToken or SearchHolding);

    /// <summary>Raises the version (inside the caller's transaction) and stamps this save's documents and holdings with it.</summary>
    public static async Task StampAsync(CatalogDbContext db, CancellationToken ct)
    {
        var version = await BumpAsync(db, ct);
        var changed = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        var wordsOrHoldingsOf = changed.Select(e => e.Entity switch
        {
            SearchToken t => t.DocNo,
            SearchHolding h when e.State == EntityState.Deleted => h.DocNo,
            _ => (long?)null,
        }).OfType<long>().ToHashSet();
        foreach (var entry in db.ChangeTracker.Entries<SearchDocument>())
            if (entry.State is EntityState.Added or EntityState.Modified || wordsOrHoldingsOf.Contains(entry.Entity.DocNo)
                || db.WordsToWrite.ContainsKey(entry.Entity))
                entry.Entity.Stamp(version);
        foreach (var entry in db.ChangeTracker.Entries<SearchHolding>())
            if (entry.State is EntityState.Added or EntityState.Modified) entry.Entity.Stamp(version);
    }

    /// <summary>Every document changed at once (the rebuild): the index reloads them all.</summary>
    public static async Task StampAllAsync(CatalogDbContext db, CancellationToken ct)
    {
        var sql = new SearchSql(db.Provider);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var version = await BumpAsync(db, ct);
        var connection = db.Database.GetDbConnection();
        await using (var command = sql.Command(connection, $"UPDATE {sql.Documents} SET \"Version\" = {sql.Add(version)}"))
        {
            command.Transaction = transaction.GetDbTransaction();
            command.CommandTimeout = 3600;
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>One statement: the counter raised and read back; its row stays locked until the transaction ends.</summary>
    public static async Task<long> BumpAsync(CatalogDbContext db, CancellationToken ct)
    {
        var sql = new SearchSql(db.Provider);
        var text = db.Provider == DatabaseProvider.SqlServer
            ? $"UPDATE {sql.Versions} SET \"Version\" = \"Version\" + 1 OUTPUT inserted.\"Version\" WHERE \"Id\" = {SearchIndexVersion.TheRow}"
            : $"UPDATE {sql.Versions} SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = {SearchIndexVersion.TheRow} RETURNING \"Version\"";
        return await ScalarAsync(db, sql, text, ct);
    }

    /// <summary>The last committed version: what a reader may safely catch up to.</summary>
    public static async Task<long> CurrentAsync(CatalogDbContext db, CancellationToken ct)
    {
        var sql = new SearchSql(db.Provider);
        return await ScalarAsync(db, sql, $"SELECT \"Version\" FROM {sql.Versions} WHERE \"Id\" = {SearchIndexVersion.TheRow}", ct);
    }

    private static async Task<long> ScalarAsync(CatalogDbContext db, SearchSql sql, string text, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = sql.Command(db, text);
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct) ?? 0L, CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
