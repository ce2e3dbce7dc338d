using LibraryIls.BuildingBlocks.Data;

namespace LibraryIls.Reporting.Annual;

/// <summary>Which published views exist in this database (a module may publish its view in a later release).</summary>
internal static class PublishedViews
{
    public static async Task<bool> ExistsAsync(Sources.SourceContext context, string schema, string view, CancellationToken ct)
    {
        await using var q = context.Query();
        var sql = context.Provider == DatabaseProvider.Sqlite
            ? $"SELECT COUNT(*) FROM sqlite_master WHERE type IN ('view', 'table') AND name = {q.Value(view)}"
            : $"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = {q.Value(schema)} AND table_name = {q.Value(view)}";
        var rows = await q.RowsAsync(sql, ct);
        return RowValues.Number(rows[0][0]) > 0;
    }
}
