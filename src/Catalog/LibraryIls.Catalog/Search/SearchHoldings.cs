using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LibraryIls.Catalog.Search;

/// <summary>Recounts cat_search_holdings for the whole catalogue in one statement (the index rebuild).</summary>
internal static class SearchHoldings
{
    public static Task RebuildAsync(CatalogDbContext db, CancellationToken ct)
    {
        var sql = new SearchSql(db.Provider);
        return Execute(db, sql, $"DELETE FROM {sql.Holdings};\n" + Insert(sql, null), ct);
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
