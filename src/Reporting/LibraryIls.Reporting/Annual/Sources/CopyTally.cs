using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>
/// Counts copies as <see cref="CopiesSource"/> streams them in record order. Copies and value are summed per group
/// (site, level, source, item type, month for additions; site, level, DDC main class, location for the collection);
/// a title (tên) is counted once per record in each breakdown key its copies touch, when the next record begins:
/// memory holds the groups and one record's keys, never the copies.
/// </summary>
internal sealed class CopyTally
{
    public static readonly string[] AdditionBreakdowns = [Dimensions.Level, Dimensions.Site, Dimensions.Source, Dimensions.ItemType, Dimensions.Month];

    private readonly Dictionary<(string Site, string Level, string Source, string ItemType, int Month), (decimal Copies, decimal Value)> _added = new();
    private readonly Dictionary<(string Site, string Level, string Ddc, string Location), decimal> _held = new();
    private readonly Dictionary<(string Indicator, string Dimension, string Key), decimal> _titles = new();

    // The current record and the breakdown keys its copies touched so far (a record has a handful of copies).
    private object? _record;
    private readonly HashSet<(string Indicator, string Dimension, string Key)> _recordKeys = new();

    /// <summary>One copy: RecordId, SiteId, SiteLevel, Source, ItemType, Price, DdcMainClass, Location, month (-1: before the period), held.</summary>
    public void Add(object?[] row)
    {
        if (!Equals(row[0], _record)) NextRecord(row[0]);
        string site = Text(row[1]), level = Text(row[2]);
        var month = Int(row[8]);
        if (month >= 0)
        {
            var key = (site, level, Text(row[3]), Text(row[4]), month);
            var (copies, value) = _added.GetValueOrDefault(key);
            _added[key] = (copies + 1, value + Number(row[5]));
            Title(Indicators.AddedTitles, Tally.Total, "");
            Title(Indicators.AddedTitles, Dimensions.Site, site);
            Title(Indicators.AddedTitles, Dimensions.Level, level);
            Title(Indicators.AddedTitles, Dimensions.Source, key.Item3);
            Title(Indicators.AddedTitles, Dimensions.ItemType, key.Item4);
            Title(Indicators.AddedTitles, Dimensions.Month, Dimensions.MonthKey(month));
        }
        if (Flag(row[9]))
        {
            var key = (site, level, Text(row[6]), Text(row[7]));
            _held[key] = _held.GetValueOrDefault(key) + 1;
            Title(Indicators.CollectionTitles, Tally.Total, "");
            Title(Indicators.CollectionTitles, Dimensions.Site, site);
            Title(Indicators.CollectionTitles, Dimensions.Level, level);
        }
    }

    public void WriteTo(Tally tally)
    {
        NextRecord(null);
        foreach (var ((site, level, source, itemType, month), (copies, value)) in _added)
        {
            (string, string)[] keys = [(Dimensions.Site, site), (Dimensions.Level, level), (Dimensions.Source, source),
                (Dimensions.ItemType, itemType), (Dimensions.Month, Dimensions.MonthKey(month))];
            tally.AddRow(Indicators.AddedCopies, copies, keys);
            tally.AddRow(Indicators.AddedValue, value, keys);
        }
        foreach (var ((site, level, ddc, location), copies) in _held)
            tally.AddRow(Indicators.CollectionCopies, copies, (Dimensions.Site, site), (Dimensions.Level, level),
                (Dimensions.Ddc, ddc), (Dimensions.Location, location));
        foreach (var ((indicator, dimension, key), titles) in _titles) tally.Add(indicator, dimension, key, titles);
    }

    private void Title(string indicator, string dimension, string key) => _recordKeys.Add((indicator, dimension, key));

    private void NextRecord(object? record)
    {
        foreach (var key in _recordKeys) _titles[key] = _titles.GetValueOrDefault(key) + 1;
        _recordKeys.Clear();
        _record = record;
    }
}
