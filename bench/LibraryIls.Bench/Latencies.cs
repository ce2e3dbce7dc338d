namespace LibraryIls.Bench;

/// <summary>Percentiles of measured times (milliseconds): the value at a quantile of them sorted, the largest last.</summary>
internal sealed class Latencies
{
    private readonly double[] _sorted;

    public Latencies(IEnumerable<double> milliseconds) => _sorted = [.. milliseconds.Order()];

    public int Count => _sorted.Length;

    public double Max => _sorted.Length == 0 ? 0 : _sorted[^1];

    public double At(double quantile) => _sorted.Length == 0 ? 0 : _sorted[Math.Min(_sorted.Length - 1, (int)(quantile * _sorted.Length))];
}
