namespace LibraryIls.Reporting.Annual;

/// <summary>
/// The aggregated figures of one period: indicator × breakdown (dimension) × key → value. Filled from the
/// database's GROUP BY results (never from single events); every indicator has a "total" key.
/// </summary>
internal sealed class Tally
{
    public const string Total = "total";

    private readonly Dictionary<(string Indicator, string Dimension, string Key), decimal> _values = new();
    private readonly Dictionary<string, HashSet<string>> _dimensions = new();

    public void Add(string indicator, string dimension, string key, decimal value)
    {
        var at = (indicator, dimension, key);
        _values[at] = _values.GetValueOrDefault(at) + value;
        Touch(indicator, dimension);
    }

    /// <summary>Declares an indicator (and its breakdowns) present even when no row counted in it.</summary>
    public void Touch(string indicator, params string[] dimensions)
    {
        if (!_dimensions.TryGetValue(indicator, out var set)) _dimensions[indicator] = set = [Total];
        foreach (var dimension in dimensions) set.Add(dimension);
    }

    /// <summary>One aggregated row counted in the total and in each of its breakdowns.</summary>
    public void AddRow(string indicator, decimal value, params (string Dimension, string Key)[] breakdowns)
    {
        Add(indicator, Total, "", value);
        foreach (var (dimension, key) in breakdowns) Add(indicator, dimension, key, value);
    }

    public bool Has(string indicator) => _dimensions.ContainsKey(indicator);

    public IReadOnlySet<string> DimensionsOf(string indicator) =>
        _dimensions.TryGetValue(indicator, out var set) ? set : new HashSet<string>();

    public decimal Get(string indicator, string dimension = Total, string key = "") =>
        _values.GetValueOrDefault((indicator, dimension, key));

    public IEnumerable<(string Key, decimal Value)> Breakdown(string indicator, string dimension) =>
        _values.Where(v => v.Key.Indicator == indicator && v.Key.Dimension == dimension).Select(v => (v.Key.Key, v.Value));

    /// <summary>
    /// <paramref name="target"/> = the sum of <paramref name="parts"/>, each part also a key of <paramref name="partDimension"/>.
    /// A breakdown a part lacks (no reader category at a van stop) takes that part's total under the empty key,
    /// so every breakdown still adds up to the total.
    /// </summary>
    public void Combine(string target, string? partDimension, params string[] parts)
    {
        var present = parts.Where(Has).ToList();
        if (present.Count == 0) return;
        var dimensions = present.SelectMany(DimensionsOf).Where(d => d != Total).ToHashSet();
        Touch(target, [.. dimensions, .. partDimension is null ? Array.Empty<string>() : [partDimension]]);
        foreach (var part in present)
        {
            var total = Get(part);
            Add(target, Total, "", total);
            if (partDimension is not null) Add(target, partDimension, part, total);
            foreach (var dimension in dimensions)
            {
                if (!DimensionsOf(part).Contains(dimension)) Add(target, dimension, "", total);
                else foreach (var (key, value) in Breakdown(part, dimension).ToList()) Add(target, dimension, key, value);
            }
        }
    }
}
