using System.Buffers;

namespace LibraryIls.Catalog.Search.Memory;

/// <summary>
/// Record numbers in ascending order, as a search combines them: either a posting list of the index itself (lent,
/// never written) or a buffer taken from the shared pool and given back by <see cref="Dispose"/>, so a search of
/// half a million matches does not leave megabytes of garbage behind it.
/// </summary>
internal sealed class MemoryDocs : IDisposable
{
    private int[] _docs;
    private bool _pooled;

    private MemoryDocs(int[] docs, int count, bool pooled)
    {
        _docs = docs;
        Count = count;
        _pooled = pooled;
    }

    public int Count { get; private set; }

    public ReadOnlySpan<int> Span => _docs.AsSpan(0, Count);

    public int this[int i] => _docs[i];

    public static MemoryDocs Lent(int[] docs, int count) => new(docs, count, pooled: false);

    /// <summary>An empty buffer for up to <paramref name="capacity"/> numbers, filled by <see cref="Add"/>.</summary>
    public static MemoryDocs Buffer(int capacity) => new(ArrayPool<int>.Shared.Rent(Math.Max(1, capacity)), 0, pooled: true);

    public void Add(int doc) => _docs[Count++] = doc;

    /// <summary>
    /// Where <paramref name="target"/> is or would go in <paramref name="docs"/> (ascending), from <paramref name="from"/> on:
    /// steps doubling from there, then a binary search within the last step. Seeking ascending numbers one after
    /// another costs the logarithm of the gap, so a short list against a long one reads little of the long one,
    /// and two lists of one size cost about what merging them does.
    /// </summary>
    public static int Seek(ReadOnlySpan<int> docs, int from, int target)
    {
        if (from >= docs.Length || docs[from] >= target) return from;
        int below = from, step = 1;
        while (below + step < docs.Length && docs[below + step] < target)
        {
            below += step;
            step <<= 1;
        }
        int lo = below + 1, hi = Math.Min(below + step, docs.Length - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (docs[mid] < target) lo = mid + 1;
            else hi = mid - 1;
        }
        return lo;
    }

    public void Dispose()
    {
        if (!_pooled) return;
        _pooled = false;
        ArrayPool<int>.Shared.Return(_docs);
        _docs = [];
        Count = 0;
    }
}
