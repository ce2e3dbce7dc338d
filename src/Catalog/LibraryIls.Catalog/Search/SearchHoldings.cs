using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LibraryIls.Catalog.Search;

/// <summary>Recounts cat_search_holdings in one statement: for the whole catalogue (the index rebuild) or for some records (a bulk import).</summary>
internal static class SearchHoldings
{
    public static Task RebuildAsync(CatalogDbContext db, CancellationToken ct)
    {
        var sql = new SearchSql(db.Provider);
        return Execute(db, sql, $"DELETE FROM {sql.Holdings};\n" + Insert(sql, null), ct);
    }

    /// <summary>
    /// The given records' holdings as their copies now stand (inside the caller's transaction); with <paramref name="touchedAt"/>
    /// their OAI datestamp moves too, because copies came and their set membership changed.
    /// </summary>
    public static async Task RecountAsync(CatalogDbContext db, IReadOnlyCollection<Guid> recordIds, CancellationToken ct, DateTimeOffset? touchedAt = null)
    {
        foreach (var slice in recordIds.Chunk(500))
        {
            var sql = new SearchSql(db.Provider);
            var ids = sql.In(slice.Cast<object>());
            var text = $"DELETE FROM {sql.Holdings} WHERE \"DocNo\" IN (SELECT \"DocNo\" FROM {sql.Documents} WHERE \"RecordId\" IN ({ids}));\n"
                       + Insert(sql, $"d.\"RecordId\" IN ({ids})");
            if (touchedAt is { } now)
            {
                var at = sql.Add(now.UtcDateTime);
                text += $";\nUPDATE {sql.Documents} SET \"ChangedAt\" = {at} WHERE \"RecordId\" IN ({ids}) AND \"ChangedAt\" < {at}";
            }
            await Execute(db, sql, text, ct);
        }
    }

    private static string Insert(SearchSql sql, string? where) =>
        $"INSERT INTO {sql.Holdings} (\"DocNo\", \"SiteId\", \"ItemType\", \"Copies\", \"Available\") "
        + $"SELECT d.\"DocNo\", c.\"SiteId\", c.\"ItemType\", COUNT(*), SUM(CASE WHEN c.\"Status\" = 'Available' THEN 1 ELSE 0 END) "
        + $"FROM {sql.Copies} c JOIN {sql.Documents} d ON d.\"RecordId\" = c.\"RecordId\""
        + (where is null ? "" : $" WHERE {where}") + " GROUP BY d.\"DocNo\", c.\"SiteId\", c.\"ItemType\"";

    private static async Task Execute(CatalogDbContext db, SearchSql sql, string text, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = sql.Command(connection, text);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
