using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// cat_search_holdings by set-based SQL: recounted in one statement for the whole catalogue (the index rebuild) or
/// for some records (a bulk import), and the desk's status change with its shelf count moved in the database itself.
/// </summary>
internal static class SearchHoldings
{
    /// <summary>
    /// A checkout or return: the copy's status and its holding's on-the-shelf count change together, in one round trip
    /// and one transaction, with no read first. The copy row is locked by the first statement, so the second reads the
    /// status it really had (a concurrent change of the same copy waits); <c>Available = Available ± 1</c> is applied to
    /// the row as it stands, so desks lending other copies of the title at the same moment cannot overwrite each other's
    /// count (a read-then-write of the count could). Returns false when there is no such copy.
    /// </summary>
    public static async Task<bool> ChangeStatusAsync(CatalogDbContext db, Guid copyId, CopyStatus status, CancellationToken ct)
    {
        var sql = new SearchSql(db.Provider);
        var id = sql.Add(copyId);
        var onShelf = sql.Add(status == CopyStatus.Available ? 1 : 0);
        // The index's change version is raised first (in the order every index write takes its locks) and the holding
        // stamped with it, so the OPAC's memory index sees the new shelf count on its next search.
        var text = $"UPDATE {sql.Versions} SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = {SearchIndexVersion.TheRow};\n"
            + $"UPDATE {sql.Copies} SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = {id};\n"
            + $"UPDATE {sql.Holdings} SET \"Version\" = {CurrentVersion(sql)}, \"Available\" = \"Available\" + {onShelf} - (SELECT CASE WHEN c.\"Status\" = 'Available' THEN 1 ELSE 0 END FROM {sql.Copies} c WHERE c.\"Id\" = {id}) "
            + $"WHERE EXISTS (SELECT 1 FROM {sql.Copies} c JOIN {sql.Documents} d ON d.\"RecordId\" = c.\"RecordId\" "
            + $"WHERE c.\"Id\" = {id} AND d.\"DocNo\" = {sql.Holdings}.\"DocNo\" AND c.\"SiteId\" = {sql.Holdings}.\"SiteId\" AND c.\"ItemType\" = {sql.Holdings}.\"ItemType\");\n"
            + $"UPDATE {sql.Copies} SET \"Status\" = {sql.Add(status.ToString())} WHERE \"Id\" = {id}";
        // PostgreSQL runs the statements of one command as one implicit transaction (one Sync); the others need theirs.
        // The version's row always changes: the copy exists when more than that one row did.
        if (db.Provider == DatabaseProvider.Postgres) return await Execute(db, sql, text, ct) > 1;
        using var gate = await SqliteWriteGate.EnterAsync(db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await Execute(db, sql, text, ct);
        await transaction.CommitAsync(ct);
        return changed > 1;
    }

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
        if (recordIds.Count == 0) return;
        var version = await SearchChanges.BumpAsync(db, ct);
        foreach (var slice in recordIds.Chunk(db.Provider == DatabaseProvider.SqlServer ? 500 : 2000))
        {
            var sql = new SearchSql(db.Provider);
            var ids = sql.Ids(slice);
            var stamp = sql.Add(version);
            var text = $"DELETE FROM {sql.Holdings} WHERE \"DocNo\" IN (SELECT \"DocNo\" FROM {sql.Documents} WHERE \"RecordId\" IN ({ids}));\n"
                       + Insert(sql, $"d.\"RecordId\" IN ({ids})", stamp) + ";\n"
                       + $"UPDATE {sql.Documents} SET \"Version\" = {stamp} WHERE \"RecordId\" IN ({ids})";
            if (touchedAt is { } now)
            {
                var at = sql.Add(now.UtcDateTime);
                text += $";\nUPDATE {sql.Documents} SET \"ChangedAt\" = {at} WHERE \"RecordId\" IN ({ids}) AND \"ChangedAt\" < {at}";
            }
            await Execute(db, sql, text, ct);
        }
    }

    private static string Insert(SearchSql sql, string? where, string version = "0") =>
        $"INSERT INTO {sql.Holdings} (\"DocNo\", \"SiteId\", \"ItemType\", \"Copies\", \"Available\", \"Version\") "
        + $"SELECT d.\"DocNo\", c.\"SiteId\", c.\"ItemType\", COUNT(*), SUM(CASE WHEN c.\"Status\" = 'Available' THEN 1 ELSE 0 END), {version} "
        + $"FROM {sql.Copies} c JOIN {sql.Documents} d ON d.\"RecordId\" = c.\"RecordId\""
        + (where is null ? "" : $" WHERE {where}") + " GROUP BY d.\"DocNo\", c.\"SiteId\", c.\"ItemType\"";

    private static string CurrentVersion(SearchSql sql) =>
        $"(SELECT v.\"Version\" FROM {sql.Versions} v WHERE v.\"Id\" = {SearchIndexVersion.TheRow})";

    private static async Task<int> Execute(CatalogDbContext db, SearchSql sql, string text, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = sql.Command(db, text);
            return await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
