namespace LibraryIls.Reporting.Annual;

/// <summary>
/// With PostgreSQL's default 4 MB of working memory a year of events is grouped by sorting on disk; with room
/// for the groups it hashes them in memory. Set for this session only (the pool resets it on return).
/// </summary>
internal static class PostgresSession
{
    public static async Task ForAggregationAsync(Sources.SourceContext context, CancellationToken ct)
    {
        await using var q = context.Query();
        await q.RowsAsync("SET work_mem = '256MB'", ct);
    }
}
