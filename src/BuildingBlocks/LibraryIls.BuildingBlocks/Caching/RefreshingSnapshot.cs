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

    public async Task<T> CurrentAsync(CancellationToken ct)
    {
        var entry = _entry;
        if (entry is not null && clock.GetUtcNow() - entry.Taken < maxAge) return entry.Value;
        entry = new Entry(clock.GetUtcNow(), await load(ct));
        _entry = entry;
        return entry.Value;
    }

    public void Invalidate() => _entry = null;

    private sealed record Entry(DateTimeOffset Taken, T Value);
}
