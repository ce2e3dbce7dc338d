namespace LibraryIls.Catalog.Marc.Generation;

/// <summary>A tiny deterministic random source: the same seed gives the same catalogue on every machine and .NET version.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int Next(int maxExclusive) => (int)(NextULong() % (ulong)maxExclusive);

    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public bool Chance(int percent) => Next(100) < percent;
}
