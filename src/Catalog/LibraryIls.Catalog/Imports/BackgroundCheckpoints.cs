using Microsoft.Data.Sqlite;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// On SQLite, while a batch commits, another connection copies the WAL's committed pages into the database file
/// (PASSIVE checkpoints, which neither wait for nor block the batch's writer), on the core the writer leaves idle.
/// The writer's own checkpoint, when its WAL passes the bound, then finds most pages copied and flushed already:
/// it copies the rest, and the WAL starts again from its beginning. Without this loop the writer would copy every page
/// itself and wait for both flushes at each of its checkpoints.
/// <para>The writer's checkpoint waits for no one: when it meets a pass of this loop it is tried again at the next
/// chunk's commit, so the WAL may pass the bound by some chunks. At twice the bound this loop stops (it looks again
/// every two seconds), so the writer's next checkpoint cannot meet it.</para>
/// </summary>
internal sealed class BackgroundCheckpoints : IAsyncDisposable
{
    internal static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);
    internal const int PausesBetweenLooks = 8;
    private readonly CancellationTokenSource _stop = new();
    private readonly long _limit;
    private readonly TimeProvider _time;
    private readonly Action<Pass>? _passed;
    private readonly Task _loop;

    /// <summary>One turn of the loop: whether it checkpointed, and the pages the WAL then held.</summary>
    public readonly record struct Pass(bool Looked, long WalPages);

    private BackgroundCheckpoints(string connectionString, long bound, TimeProvider time, Action<Pass>? passed)
    {
        (_limit, _time, _passed) = (2 * bound, time, passed);
        _loop = Task.Run(() => LoopAsync(connectionString, _stop.Token));
    }

    /// <summary>
    /// Starts the loop beside a writer that checkpoints its WAL itself when it passes <paramref name="bound"/> pages.
    /// <paramref name="passed"/> hears of each turn once its pause is under way, so a listener on <paramref name="time"/>
    /// can move the clock to the next turn.
    /// </summary>
    public static BackgroundCheckpoints Start(string connectionString, long bound, TimeProvider? time = null, Action<Pass>? passed = null) =>
        new(connectionString, bound, time ?? TimeProvider.System, passed);

    private async Task LoopAsync(string connectionString, CancellationToken stop)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(stop);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        var (walPages, pauses) = (0L, 0);
        while (!stop.IsCancellationRequested)
        {
            var look = walPages < _limit || ++pauses % PausesBetweenLooks == 0;
            if (look)
            {
                pauses = 0;
                try
                {
                    // busy, pages in the WAL, pages copied
                    await using var result = await command.ExecuteReaderAsync(stop);
                    walPages = await result.ReadAsync(stop) ? result.GetInt64(1) : 0;
                }
                // Only a help: if the file cannot be checkpointed from here (a disk error), the writer's own checkpoints still
                // bound the WAL, and would report the error to the batch themselves.
                catch (SqliteException) { return; }
            }
            var pause = Task.Delay(Pause, _time, stop);
            _passed?.Invoke(new Pass(look, walPages));
            await pause;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        // Cancelled mid-pause or mid-pass: a checkpoint is never half done in the file, whatever stops it.
        try { await _loop; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
