using System.Globalization;

namespace LibraryIls.Catalog.Search.Memory;

/// <summary>
/// The facets of a search's matches, counted as <see cref="SqlSearchEngine"/> counts them. One loop over the matches
/// adds one to a counter per column (DDC main class, language, year, shelf); what a shelf means for the site,
/// item type and availability facets is then worked out once per shelf, not once per record.
/// </summary>
internal static class MemoryFacets
{
    public static Dictionary<string, List<(string? Value, int Count)>> Count(MemoryCatalogue catalogue, MemoryShelfView view, ReadOnlySpan<int> matched)
    {
        var mainClasses = new int[catalogue.MainClasses.Texts.Count + 1];
        var languages = new int[catalogue.Languages.Texts.Count + 1];
        var years = new int[catalogue.Years.Count];
        var shelves = new int[catalogue.Shelves.Count];
        int[] mainClassOf = catalogue.MainClassOf, languageOf = catalogue.LanguageOf, yearOf = catalogue.YearNumberOf, shelfOf = catalogue.ShelfOf;
        foreach (var doc in matched)
        {
            mainClasses[mainClassOf[doc] + 1]++;
            languages[languageOf[doc] + 1]++;
            years[yearOf[doc]]++;
            shelves[shelfOf[doc]]++;
        }
        var sites = new int[catalogue.Sites.Count];
        var itemTypes = new int[catalogue.ItemTypes.Texts.Count];
        int available = 0, unavailable = 0, noCopies = 0;
        for (var shelf = 0; shelf < shelves.Length; shelf++)
        {
            var count = shelves[shelf];
            if (count == 0) continue;
            if (view.OnShelf[shelf]) available += count;
            else if (view.Any[shelf]) unavailable += count;
            else noCopies += count;
            if (!view.Any[shelf]) continue;
            // A record with several holdings at one site (or of one type) counts once there.
            var counted = catalogue.Shelves[shelf].Where(view.Counts).ToList();
            foreach (var site in counted.Select(h => h.Site).Distinct()) sites[site] += count;
            foreach (var itemType in counted.Select(h => h.ItemType).Distinct()) itemTypes[itemType] += count;
        }
        return new Dictionary<string, List<(string? Value, int Count)>>
        {
            ["DdcMainClass"] = Counted(mainClasses, i => i == 0 ? null : catalogue.MainClasses.Texts[i - 1]),
            ["Language"] = Counted(languages, i => i == 0 ? null : catalogue.Languages.Texts[i - 1]),
            ["Year"] = Counted(years, i => catalogue.Years[i] == MemoryCatalogue.NoYear ? null : catalogue.Years[i].ToString(CultureInfo.InvariantCulture)),
            ["Availability"] = [.. new[] { ("Available", available), ("Unavailable", unavailable), ("NoCopies", noCopies) }
                .Where(a => a.Item2 > 0).Select(a => ((string?)a.Item1, a.Item2))],
            ["SiteId"] = Counted(sites, i => catalogue.Sites[i].ToString()),
            ["ItemType"] = Counted(itemTypes, i => catalogue.ItemTypes.Texts[i]),
        };
    }

    private static List<(string? Value, int Count)> Counted(int[] counts, Func<int, string?> value) =>
        [.. counts.Select((count, i) => (i, count)).Where(c => c.count > 0).Select(c => (value(c.i), c.count))];
}

/// <summary>What each shelf of the catalogue amounts to under a search's site and item-type filters: copies that count, and on the shelf.</summary>
internal sealed class MemoryShelfView
{
    private readonly int? _site, _itemType;
    private readonly bool _none;

    public MemoryShelfView(MemoryCatalogue catalogue, SearchPlan plan)
    {
        _site = plan.Site is { } s ? catalogue.Sites.IndexOf(s.Id) : null;
        _itemType = plan.ItemType is { } t ? catalogue.ItemTypes.Find(t) : null;
        _none = _site < 0 || _itemType < 0;
        Any = new bool[catalogue.Shelves.Count];
        OnShelf = new bool[catalogue.Shelves.Count];
        for (var shelf = 0; shelf < Any.Length; shelf++)
            foreach (var holding in catalogue.Shelves[shelf].Where(Counts))
            {
                Any[shelf] = true;
                OnShelf[shelf] |= holding.OnShelf;
            }
    }

    /// <summary>Per shelf: it has copies that count (at the chosen site, of the chosen item type; any when none chosen).</summary>
    public bool[] Any { get; }

    /// <summary>Per shelf: one of the copies that count is on the shelf.</summary>
    public bool[] OnShelf { get; }

    public bool Counts(MemoryShelf holding) =>
        !_none && (_site is not { } site || holding.Site == site) && (_itemType is not { } type || holding.ItemType == type);
}
