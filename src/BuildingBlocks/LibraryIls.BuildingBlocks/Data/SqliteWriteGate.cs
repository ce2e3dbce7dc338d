using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LibraryIls.BuildingBlocks.Data;

/// <summary>
/// SQLite lets one writer in at a time, and Microsoft.Data.Sqlite answers a busy database by sleeping and
/// retrying, which under a busy desk turns milliseconds into hundreds. Saves to the same SQLite file are
/// therefore queued here, in process, before they reach the database; readers are not held up (WAL).
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    private static SemaphoreSlim GateOf(DbContext? context) =>
        Gates.GetOrAdd(context?.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        GateOf(eventData.Context).Wait();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await GateOf(eventData.Context).WaitAsync(cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) => Release(eventData.Context, result);

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default) => new(Release(eventData.Context, result));

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context, 0);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, 0);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context, 0);

    // A concurrency conflict (a row's concurrency token changed) ends the save without SaveChangesFailed: release here,
    // or every later save to the file waits for ever.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData.Context, 0);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, 0);
        return new(result);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, 0);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Queues a write that does not go through SaveChanges (set-based SQL on the desk's hot path) behind the others.
    /// Other engines lock rows themselves: nothing to wait for there.
    /// </summary>
    public static async Task<IDisposable> EnterAsync(DbContext context, CancellationToken ct)
    {
        if (!context.Database.IsSqlite()) return Held.Nothing;
        var gate = GateOf(context);
        await gate.WaitAsync(ct);
        return new Held(gate);
    }

    private sealed class Held(SemaphoreSlim? gate) : IDisposable
    {
        public static readonly Held Nothing = new(null);

        private SemaphoreSlim? _gate = gate;

        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
    }

    private static int Release(DbContext? context, int result)
    {
        GateOf(context).Release();
        return result;
    }
}
