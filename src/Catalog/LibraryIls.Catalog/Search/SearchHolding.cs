using LibraryIls.Catalog.Contracts;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// A record's copies at one site of one item type, and how many are on the shelf (cat_search_holdings): what the
/// OPAC filters and counts facets by, keyed by the short document number so a search never joins on record ids.
/// Recounted in the same SaveChanges as any copy change (see <see cref="SearchIndexing"/>).
/// </summary>
internal sealed class SearchHolding
{
    private SearchHolding() { }

    public SearchHolding(Guid siteId, string itemType)
    {
        SiteId = siteId;
        ItemType = itemType;
    }

    public long DocNo { get; private set; }
    public Guid SiteId { get; private set; }
    public string ItemType { get; private set; } = "";
    public int Copies { get; private set; }
    public int Available { get; private set; }

    /// <summary>The index change that last counted this holding: a loan or return moves only this row.</summary>
    public long Version { get; private set; }

    public void Stamp(long version) => Version = version;

    /// <summary>Copies counted per record, site and item type, and how many of each are on the shelf: what <see cref="SearchDocument.Hold"/> takes.</summary>
    public static Dictionary<Guid, List<(Guid SiteId, string ItemType, int Copies, int Available)>> PerRecord(
        IEnumerable<(Guid RecordId, Guid SiteId, string ItemType, CopyStatus Status)> copies)
    {
        var counts = new Dictionary<Guid, List<(Guid, string, int, int)>>();
        foreach (var group in copies.GroupBy(c => (c.RecordId, c.SiteId, c.ItemType)))
        {
            if (!counts.TryGetValue(group.Key.RecordId, out var record)) counts[group.Key.RecordId] = record = [];
            record.Add((group.Key.SiteId, group.Key.ItemType, group.Count(), group.Count(c => c.Status == CopyStatus.Available)));
        }
        return counts;
    }

    public void Count(int copies, int available)
    {
        if (Copies != copies) Copies = copies;
        if (Available != available) Available = available;
    }
}
