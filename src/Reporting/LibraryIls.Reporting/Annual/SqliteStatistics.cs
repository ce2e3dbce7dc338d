namespace LibraryIls.Reporting.Annual;

/// <summary>
/// SQLite picks the reporting indexes only when it has table statistics, and it gathers them only when asked.
/// PRAGMA optimize (as SQLite's documentation recommends for long-lived connections) analyses the tables whose
/// statistics are missing or stale, sampling a bounded number of rows, so it costs little when they are fresh.
/// </summary>
internal static class SqliteStatistics
{
    public static async Task RefreshAsync(Sources.SourceContext context, CancellationToken ct)
    {
        await using var q = context.Query();
        await q.RowsAsync("PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;", ct);
    }
}
