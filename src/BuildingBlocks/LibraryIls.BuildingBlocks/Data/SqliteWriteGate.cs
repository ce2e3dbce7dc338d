using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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

    private static readonly ConcurrentDictionary<string, Gate> Gates = new();

    /// <summary>Contexts that hold the gate for a transaction of their own (<see cref="HoldAsync"/>): their saves inside it pass.</summary>
    private static readonly ConditionalWeakTable<DbContext, object> Holders = new();

    /// <summary>
    /// Holds the gate for a whole transaction of raw writes (a bulk import's chunks), queued like one save; the context's
    /// own saves inside it pass without waiting. On other engines there is no gate and nothing is held; a context that
    /// holds the gate already is not made to wait for itself (the inner hold is nothing). The holder can see whether
    /// other writes are queued behind it (<see cref="Held.OthersWaiting"/>), and let them in sooner.
    /// </summary>
    public static async Task<Held> HoldAsync(DbContext context, CancellationToken ct)
    {
        if (!context.Database.IsSqlite() || IsHeld(context)) return Held.Nothing;
        var gate = GateOf(context);
        await gate.WaitAsync(ct);
        Holders.AddOrUpdate(context, gate);
        return new Held(context, gate);
    }

    private static Gate GateOf(DbContext? context) => Gates.GetOrAdd(context?.Database.GetConnectionString() ?? "", _ => new Gate());

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (IsHeld(eventData.Context)) return result;
        GateOf(eventData.Context).Wait();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (!IsHeld(eventData.Context)) await GateOf(eventData.Context).WaitAsync(cancellationToken);
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
        return new Held(null, gate);
    }

    private static int Release(DbContext? context, int result)
    {
        if (!IsHeld(context)) GateOf(context).Release();
        return result;
    }

    private static bool IsHeld(DbContext? context) => context is not null && Holders.TryGetValue(context, out _);

    /// <summary>One SQLite file's gate: a single place, and how many writes wait for it.</summary>
    internal sealed class Gate
    {
        private readonly SemaphoreSlim _place = new(1, 1);
        private int _waiting;

        public bool OthersWaiting => Volatile.Read(ref _waiting) > 0;

        public void Wait()
        {
            Interlocked.Increment(ref _waiting);
            try { _place.Wait(); }
            finally { Interlocked.Decrement(ref _waiting); }
        }

        public async Task WaitAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref _waiting);
            try { await _place.WaitAsync(ct); }
            finally { Interlocked.Decrement(ref _waiting); }
        }

        public void Release() => _place.Release();
    }

    /// <summary>The gate while it is held: by a context for its transaction (<see cref="HoldAsync"/>) or by a raw write (<see cref="EnterAsync"/>).</summary>
    public sealed class Held : IDisposable, IAsyncDisposable
    {
        public static readonly Held Nothing = new(null, null);

        private readonly DbContext? _context;
        private Gate? _gate;

        internal Held(DbContext? context, Gate? gate) => (_context, _gate) = (context, gate);

        /// <summary>Whether other writes to the same file wait for the gate (always false where there is no gate).</summary>
        public bool OthersWaiting => Volatile.Read(ref _gate)?.OthersWaiting ?? false;

        public void Dispose()
        {
            if (_context is not null && !Holders.Remove(_context)) return;
            Interlocked.Exchange(ref _gate, null)?.Release();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
