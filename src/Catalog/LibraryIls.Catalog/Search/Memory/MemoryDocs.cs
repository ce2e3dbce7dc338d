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

    /// <summary>The array behind <see cref="Span"/> (for binary searches); only its first <see cref="Count"/> count.</summary>
    public int[] Array => _docs;

    public int this[int i] => _docs[i];

    public static MemoryDocs Lent(int[] docs, int count) => new(docs, count, pooled: false);

    /// <summary>An empty buffer for up to <paramref name="capacity"/> numbers, filled by <see cref="Add"/>.</summary>
    public static MemoryDocs Buffer(int capacity) => new(ArrayPool<int>.Shared.Rent(Math.Max(1, capacity)), 0, pooled: true);

    public void Add(int doc) => _docs[Count++] = doc;

    public void Dispose()
    {
        if (!_pooled) return;
        _pooled = false;
        ArrayPool<int>.Shared.Return(_docs);
        _docs = [];
        Count = 0;
    }
}
