using LibraryIls.Organization.Contracts;

namespace LibraryIls.Catalog.Search;

/// <summary>A parsed OPAC search as both engines take it: the text expressions, the filters and the page wanted.</summary>
internal sealed record SearchPlan(OpacSearchRequest Request, IReadOnlyList<SearchExpression> Expressions, DdcRange? Ddc, SiteInfo? Site, int Skip, int Take)
{
    public IReadOnlyList<SearchTerm> Terms { get; } = [.. Expressions.SelectMany(e => e.Terms)];

    public string? Language => string.IsNullOrWhiteSpace(Request.Language) ? null : Request.Language.Trim().ToLowerInvariant();

    public string? ItemType => string.IsNullOrWhiteSpace(Request.ItemType) ? null : Request.ItemType.Trim().ToUpperInvariant();
}

/// <summary>
/// What an engine answers: the number of matches, the facets as (value as text, count) per facet name, and the
/// page of the ranking (score descending, newer record first).
/// </summary>
internal sealed record SearchOutcome(int Total, IReadOnlyDictionary<string, List<(string? Value, int Count)>> Facets, IReadOnlyList<(long DocNo, int Score)> Ranked)
{
    public static readonly string[] DocumentFacets = ["DdcMainClass", "Year", "Language", "Availability"];
    public static readonly string[] HoldingFacets = ["SiteId", "ItemType"];

    public List<(string? Value, int Count)> Of(string facet) => Facets.TryGetValue(facet, out var counts) ? counts : [];
}
