using Microsoft.Data.Sqlite;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// On SQLite, while a batch commits, another connection copies the WAL's committed pages into the database file
/// (PASSIVE checkpoints, which neither wait for nor block the batch's writer), on the core the writer leaves idle.
/// The writer's own checkpoint, when its WAL passes the bound, then finds most pages copied and flushed already:
/// it copies the rest, and the WAL starts again from its beginning. Before, the writer copied every page itself and
/// waited for both flushes (about 0.6 s each time, five times a 100,000-record batch).
/// </summary>
internal sealed class BackgroundCheckpoints : IAsyncDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private BackgroundCheckpoints(string connectionString) => _loop = Task.Run(() => LoopAsync(connectionString, _stop.Token));

    public static BackgroundCheckpoints Start(string connectionString) => new(connectionString);

    private static async Task LoopAsync(string connectionString, CancellationToken stop)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(stop);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        while (!stop.IsCancellationRequested)
        {
            try { await command.ExecuteNonQueryAsync(stop); }
            // Only a help: if the file cannot be checkpointed from here (a disk error), the writer's own checkpoints still
            // bound the WAL and would report the error to the batch themselves.
            catch (SqliteException) { return; }
            await Task.Delay(Pause, stop);
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
