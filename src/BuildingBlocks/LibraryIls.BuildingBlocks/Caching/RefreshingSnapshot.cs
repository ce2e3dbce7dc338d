namespace LibraryIls.BuildingBlocks.Caching;

/// <summary>
/// Small reference data that every desk action reads and that changes rarely (sites, rules, calendars):
/// held in memory, dropped when this node changes it, and reread after <paramref name="maxAge"/> at most
/// so that changes made on another API node arrive too.
/// </summary>
public sealed class RefreshingSnapshot<T>(TimeProvider clock, TimeSpan maxAge, Func<CancellationToken, Task<T>> load)
    where T : class
{
    private volatile Entry? _entry;
    private int _generation;

    public async Task<T> CurrentAsync(CancellationToken ct)
    {
        var entry = _entry;
        var generation = Volatile.Read(ref _generation);
        if (entry is not null && entry.Generation == generation && clock.GetUtcNow() - entry.Taken < maxAge) return entry.Value;
        // A load that was under way when the data changed may have read it before the change: it carries the generation it
        // started in, so after Invalidate nobody takes it from the cache, however late it finishes.
        entry = new Entry(clock.GetUtcNow(), await load(ct), generation);
        _entry = entry;
        return entry.Value;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entry = null;
    }

    private sealed record Entry(DateTimeOffset Taken, T Value, int Generation);
}
