using FluentValidation;
using FluentValidation.Results;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Classification;
using LibraryIls.Catalog.Opac;
using LibraryIls.Organization.Contracts;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// The OPAC search: parses the request, asks the in-memory index (<see cref="SearchMemoryIndex"/>) or, while it
/// loads or when it is switched off, the SQL engine, and puts the page's records, their copies and the facets together.
/// </summary>
internal sealed class OpacSearch(SqlSearchEngine sqlEngine, SearchMemoryIndex memory, ISiteDirectory sites, DdcCaptions captions, OpacRecordCards cards)
{
    public async Task<(OpacSearchResponse Response, Guid? SiteId)> Run(OpacSearchRequest request, CancellationToken ct)
    {
        var plan = await Plan(request, ct);
        var outcome = await memory.Find(plan, ct) ?? await sqlEngine.Find(plan, ct);
        var facets = new OpacFacets(
            Facet(outcome.Of("DdcMainClass"), v => DdcNumber.TryParse(v, out var number) ? captions.MainClassCaption(number) : null),
            await SiteFacet(outcome.Of("SiteId"), ct),
            Facet(outcome.Of("Year"), null),
            Facet(outcome.Of("Language"), null),
            Facet(outcome.Of("ItemType"), null),
            Facet(outcome.Of("Availability"), null));
        var hits = await cards.Hits(outcome.Ranked, plan.Site?.Id, ct);
        return (new OpacSearchResponse(outcome.Total, plan.Skip / plan.Take + 1, plan.Take, hits, facets), plan.Site?.Id);
    }

    public async Task<SearchPlan> Plan(OpacSearchRequest request, CancellationToken ct)
    {
        var site = await SiteOf(request.Site, ct);
        var expressions = Expressions(request);
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var page = Math.Clamp(request.Page, 1, 10_000 / pageSize);
        DdcRange? ddc = null;
        if (!string.IsNullOrWhiteSpace(request.Ddc) && !DdcRange.TryParse(request.Ddc, out ddc))
            throw Invalid("ddc", "Lớp DDC viết như 895.9 hoặc khoảng 800-899.", "Give a DDC class such as 895.9 or a range such as 800-899.");
        return new SearchPlan(request, expressions, ddc, site, (page - 1) * pageSize, pageSize);
    }

    private static List<SearchExpression> Expressions(OpacSearchRequest request)
    {
        var expressions = new List<SearchExpression>
        {
            SearchExpression.Parse(request.Q),
            SearchExpression.Parse(request.Title, SearchField.Title),
            SearchExpression.Parse(request.Author, SearchField.Author),
            SearchExpression.Parse(request.Subject, SearchField.Subject),
            SearchExpression.Parse(request.Publisher, SearchField.Publisher),
        };
        foreach (var (name, value) in new[] { ("isbn", request.Isbn), ("issn", request.Issn) })
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            var number = VietnameseText.StandardNumber(value.Trim())
                ?? throw Invalid(name, "Số ISBN/ISSN cần 8, 10 hoặc 13 chữ số (có hoặc không có gạch nối).",
                    "An ISBN/ISSN has 8, 10 or 13 digits, with or without hyphens.");
            expressions.Add(new SearchExpression([[new SearchTerm([new SearchWord(number, number)], [SearchField.StandardNumber])]]));
        }
        return [.. expressions.Where(e => !e.IsEmpty)];
    }

    private static List<FacetValue> Facet(List<(string? Value, int Count)> counts, Func<string?, string?>? label) =>
        [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)
            .Select(c => new FacetValue(c.Value, label?.Invoke(c.Value), c.Count))];

    private async Task<List<FacetValue>> SiteFacet(List<(string? Value, int Count)> counts, CancellationToken ct)
    {
        var values = new List<FacetValue>();
        foreach (var (value, count) in counts)
        {
            var info = await sites.FindAsync(Guid.Parse(value!), ct);
            values.Add(new FacetValue(info?.Code ?? value, info?.Name, count));
        }
        return [.. values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)];
    }

    private async Task<SiteInfo?> SiteOf(string? code, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(code) ? null
            : await sites.FindByCodeAsync(code, ct) ?? throw Invalid("site", $"Không có cơ sở mã '{code}'.", $"No site with code '{code}'.");

    private static ValidationException Invalid(string field, string vi, string en) =>
        new([new ValidationFailure(field, new Bilingual(vi, en).Current)]);
}
