using LibraryIls.Catalog.Records;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// A record as the OPAC and OAI-PMH see it (cat_search_documents): a short number for the word index, the
/// filters the search narrows by, and the record's OAI datestamp. When the record is deleted the row stays
/// as its tombstone (OAI-PMH deletedRecord = persistent): harvesters learn of the deletion however late they come.
/// </summary>
internal sealed class SearchDocument
{
    private readonly List<SearchToken> _tokens = [];
    private readonly List<SearchHolding> _holdings = [];

    private SearchDocument() { }

    public long DocNo { get; private set; }
    public Guid RecordId { get; private set; }

    /// <summary>When the record or the sites holding it last changed: the OAI-PMH datestamp.</summary>
    public DateTime ChangedAt { get; private set; }

    public bool IsDeleted { get; private set; }
    public string? DdcClass { get; private set; }
    public string? DdcMainClass { get; private set; }

    /// <summary>The class number as a number, so "800-899" and "895.9" are ranges the same on every engine.</summary>
    public double? DdcValue { get; private set; }
    public int? Year { get; private set; }
    public string? Language { get; private set; }
    public bool IsLocalStudies { get; private set; }

    /// <summary>The index change that last touched the record's row, words or holdings (see <see cref="SearchChanges"/>).</summary>
    public long Version { get; private set; }

    public IReadOnlyCollection<SearchToken> Tokens => _tokens;

    public IReadOnlyCollection<SearchHolding> Holdings => _holdings;

    /// <summary>The record's copies counted per site and item type, as they stand after this save.</summary>
    public void Hold(IEnumerable<(Guid SiteId, string ItemType, int Copies, int Available)> counts)
    {
        var stored = _holdings.ToDictionary(h => (h.SiteId, h.ItemType));
        foreach (var (siteId, itemType, copies, available) in counts)
        {
            if (!stored.Remove((siteId, itemType), out var holding)) _holdings.Add(holding = new SearchHolding(siteId, itemType));
            holding.Count(copies, available);
        }
        foreach (var gone in stored.Values) _holdings.Remove(gone);
    }

    public static SearchDocument For(BibliographicRecord record) => new() { RecordId = record.Id };

    /// <summary>Takes the record's current fields; the words are matched to the stored ones by place, so an edit rewrites only what changed.</summary>
    public void Index(BibliographicRecord record, IReadOnlyList<(SearchField Field, int Position, SearchWord Word)> words, DateTimeOffset now)
    {
        Describe(record, now);
        var stored = _tokens.ToDictionary(t => (t.Field, t.Position));
        foreach (var (field, position, word) in words)
        {
            if (stored.Remove((field, position), out var token)) token.Become(word);
            else _tokens.Add(new SearchToken(DocNo, field, position, word));
        }
        foreach (var gone in stored.Values) _tokens.Remove(gone);
    }

    /// <summary>The record's filters and datestamp, without its words (the bulk rebuild writes those itself).</summary>
    public void Describe(BibliographicRecord record, DateTimeOffset now)
    {
        ChangedAt = now.UtcDateTime;
        IsDeleted = false;
        DdcClass = record.DdcClass;
        DdcMainClass = record.DdcMainClass;
        DdcValue = DdcRange.ValueOf(record.DdcClass);
        Year = record.Year;
        Language = record.Language;
        IsLocalStudies = record.IsLocalStudies;
    }

    public void Stamp(long version) => Version = version;

    public void Delete(DateTimeOffset now)
    {
        ChangedAt = now.UtcDateTime;
        IsDeleted = true;
        _tokens.Clear();
        _holdings.Clear();
    }

    /// <summary>A copy came, went or moved to another site: the record's set membership changed, so harvesters must see it again.</summary>
    public void Touch(DateTimeOffset now)
    {
        if (now.UtcDateTime > ChangedAt) ChangedAt = now.UtcDateTime;
    }
}
