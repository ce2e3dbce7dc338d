namespace LibraryIls.Catalog.Search;

/// <summary>
/// GET /api/opac/search. q is free text over every field; the other text parameters look in one field.
/// All given parameters must hold (AND); within one text, OR and quoted phrases work as in q. facets=false skips
/// counting the facets (a client paging through results it already has facets for).
/// </summary>
internal sealed record OpacSearchRequest(
    string? Q = null,
    string? Title = null,
    string? Author = null,
    string? Subject = null,
    string? Isbn = null,
    string? Issn = null,
    string? Publisher = null,
    string? Ddc = null,
    int? YearFrom = null,
    int? YearTo = null,
    string? Language = null,
    string? Site = null,
    bool? LocalStudies = null,
    string? ItemType = null,
    bool? Available = null,
    int Page = 1,
    int PageSize = 20,
    bool Facets = true);

/// <summary>One result: the record's main fields and its copies' availability per site.</summary>
public sealed record OpacHit(
    Guid RecordId,
    string Title,
    string? Responsibility,
    IReadOnlyList<string> Authors,
    string? Publisher,
    int? Year,
    string? Language,
    string? DdcClass,
    bool IsLocalStudies,
    int Score,
    IReadOnlyList<SiteAvailability> Availability);

/// <summary>Copies of a record at one site and how many of them are on the shelf now.</summary>
public sealed record SiteAvailability(Guid SiteId, string SiteCode, string SiteName, int Copies, int Available);

/// <summary>One value of a facet and the number of results having it (null: the record has no value).</summary>
public sealed record FacetValue(string? Value, string? Label, int Count);

public sealed record OpacFacets(
    IReadOnlyList<FacetValue> DdcMainClass,
    IReadOnlyList<FacetValue> Site,
    IReadOnlyList<FacetValue> Year,
    IReadOnlyList<FacetValue> Language,
    IReadOnlyList<FacetValue> ItemType,
    IReadOnlyList<FacetValue> Availability);

public sealed record OpacSearchResponse(int Total, int Page, int PageSize, IReadOnlyList<OpacHit> Results, OpacFacets Facets);
