using System.Data.Common;
using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Classification;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Opac;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// The OPAC search over the index of our own: the same SQL and so the same results on SQLite, PostgreSQL and
/// SQL Server. Ranking: per query word the best place it is found (an exact match of a word typed with marks
/// counts 10, a title word 4, any other field 1), summed; ties go to the newer record.
/// </summary>
internal sealed class OpacSearch(CatalogDbContext db, ConnectedDatabase database, ISiteDirectory sites, DdcCaptions captions, OpacRecordCards cards)
{
    private const int ExactBonus = 10;
    private const int TitleWeight = 4;

    public async Task<(OpacSearchResponse Response, Guid? SiteId)> Run(OpacSearchRequest request, CancellationToken ct)
    {
        var site = await SiteOf(request.Site, ct);
        var expressions = Expressions(request);
        var terms = expressions.SelectMany(e => e.Terms).ToList();
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var page = Math.Clamp(request.Page, 1, 10_000 / pageSize);

        var sql = new SearchSql(database.Provider);
        var matches = Matches(sql, request, expressions, site);
        // One statement, the matches computed once: the total, the facets and the ranked page, as (kind, value, count) rows.
        var parts = new List<string> { "SELECT 'total', " + sql.Text("NULL") + ", COUNT(*) FROM m" };
        if (request.Facets)
        {
            parts.AddRange(new[] { "DdcMainClass", "Year", "Language", "Availability" }.Select(column =>
                $"SELECT '{column}', {sql.Text($"m.\"{column}\"")}, COUNT(*) FROM m GROUP BY m.\"{column}\""));
            parts.AddRange(new[] { "SiteId", "ItemType" }.Select(column =>
                $"SELECT '{column}', {sql.Text($"h.\"{column}\"")}, COUNT(DISTINCT h.\"DocNo\") FROM m JOIN {sql.Holdings} h "
                + $"ON h.\"DocNo\" = m.\"DocNo\"{HoldingMatch(sql, request, site)} GROUP BY h.\"{column}\""));
        }
        parts.Add($"SELECT 'rank', {sql.Text("r.\"DocNo\"")}, r.\"Score\" FROM ({Ranking(sql, terms, (page - 1) * pageSize, pageSize)}) r");
        var statement = $"WITH m AS {sql.Materialized}({matches})\n" + string.Join("\nUNION ALL ", parts);

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var counts = new List<(string Facet, string? Value, int Count)>();
            await using (var command = sql.Command(connection, statement))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                    counts.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
            }
            // UNION ALL keeps no order: the page is put back in the ranking's order here.
            var ranked = counts.Where(c => c.Facet == "rank").Select(c => (DocNo: long.Parse(c.Value!, CultureInfo.InvariantCulture), Score: c.Count))
                .OrderByDescending(r => r.Score).ThenByDescending(r => r.DocNo).ToList();

            List<(string? Value, int Count)> Of(string facet) => [.. counts.Where(c => c.Facet == facet).Select(c => (c.Value, c.Count))];
            var total = counts.Single(c => c.Facet == "total").Count;
            var facets = new OpacFacets(
                Facet(Of("DdcMainClass"), v => DdcNumber.TryParse(v, out var number) ? captions.MainClassCaption(number) : null),
                await SiteFacet(Of("SiteId"), ct),
                Facet(Of("Year"), null),
                Facet(Of("Language"), null),
                Facet(Of("ItemType"), null),
                Facet(Of("Availability"), null));
            var hits = await cards.Hits(ranked, site?.Id, ct);
            return (new OpacSearchResponse(total, page, pageSize, hits, facets), site?.Id);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
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

    /// <summary>
    /// The matching documents with what the facets count, as one query: the words' document sets combined by
    /// INTERSECT (AND) and UNION (OR), then the record-level filters, then the copy-level ones on cat_search_holdings.
    /// </summary>
    private static string Matches(SearchSql sql, OpacSearchRequest request, List<SearchExpression> expressions, SiteInfo? site)
    {
        var conditions = new List<string> { $"d.\"IsDeleted\" = {sql.Add(false)}" };
        if (expressions.Count > 0)
            conditions.Add($"d.\"DocNo\" IN ({All(expressions.Select(e => Any(e.AnyOf.Select(all => All(all.Select(sql.Holding))))))})");
        if (!string.IsNullOrWhiteSpace(request.Ddc))
        {
            if (!DdcRange.TryParse(request.Ddc, out var range))
                throw Invalid("ddc", "Lớp DDC viết như 895.9 hoặc khoảng 800-899.", "Give a DDC class such as 895.9 or a range such as 800-899.");
            conditions.Add($"d.\"DdcValue\" >= {sql.Add(range!.From)} AND d.\"DdcValue\" < {sql.Add(range.Before)}");
        }
        if (request.YearFrom is { } from) conditions.Add($"d.\"Year\" >= {sql.Add(from)}");
        if (request.YearTo is { } to) conditions.Add($"d.\"Year\" <= {sql.Add(to)}");
        if (!string.IsNullOrWhiteSpace(request.Language)) conditions.Add($"d.\"Language\" = {sql.Add(request.Language.Trim().ToLowerInvariant())}");
        if (request.LocalStudies is { } local) conditions.Add($"d.\"IsLocalStudies\" = {sql.Add(local)}");
        var holdingMatch = HoldingMatch(sql, request, site);
        if (holdingMatch.Length > 0) conditions.Add($"EXISTS ({HoldingsOf(sql, holdingMatch, available: false)})");
        if (request.Available is { } available)
            conditions.Add($"{(available ? "" : "NOT ")}EXISTS ({HoldingsOf(sql, holdingMatch, available: true)})");
        var availability = !request.Facets ? "NULL" : $"CASE WHEN EXISTS ({HoldingsOf(sql, holdingMatch, available: true)}) THEN 'Available' "
                           + $"WHEN EXISTS ({HoldingsOf(sql, holdingMatch, available: false)}) THEN 'Unavailable' ELSE 'NoCopies' END";
        return $"SELECT d.\"DocNo\", d.\"DdcMainClass\", d.\"Year\", d.\"Language\", {availability} AS \"Availability\" "
               + $"FROM {sql.Documents} d WHERE {string.Join(" AND ", conditions)}";
    }

    // SQLite takes no parentheses around the parts of a compound SELECT, so each part is a derived table.
    private static string All(IEnumerable<string> sets) => Compound(sets, "INTERSECT");

    private static string Any(IEnumerable<string> sets) => Compound(sets, "UNION");

    private static string Compound(IEnumerable<string> sets, string operation) =>
        string.Join($" {operation} ", sets.Select(set => $"SELECT \"DocNo\" FROM ({set}) s"));

    /// <summary>The holdings a site or item type asks for, as extra conditions on h.</summary>
    private static string HoldingMatch(SearchSql sql, OpacSearchRequest request, SiteInfo? site)
    {
        var match = "";
        if (site is not null) match += $" AND h.\"SiteId\" = {sql.Add(site.Id)}";
        if (!string.IsNullOrWhiteSpace(request.ItemType)) match += $" AND h.\"ItemType\" = {sql.Add(request.ItemType.Trim().ToUpperInvariant())}";
        return match;
    }

    private static string HoldingsOf(SearchSql sql, string holdingMatch, bool available) =>
        $"SELECT 1 FROM {sql.Holdings} h WHERE h.\"DocNo\" = d.\"DocNo\"{holdingMatch}" + (available ? " AND h.\"Available\" > 0" : "");

    /// <summary>The page of the ranking, over the matches m.</summary>
    private static string Ranking(SearchSql sql, List<SearchTerm> terms, int skip, int take)
    {
        if (terms.Count == 0)
            return sql.Page("SELECT m.\"DocNo\", 0 AS \"Score\" FROM m ORDER BY m.\"DocNo\" DESC", skip, take);
        var words = terms.SelectMany(t => t.Words).ToList();
        var marked = words.Where(VietnameseText.HasMarks).Select(w => (object)w.Exact).Distinct().ToList();
        var exact = marked.Count == 0 ? "0" : $"CASE WHEN t.\"Exact\" IN ({sql.In(marked)}) THEN {ExactBonus} ELSE 0 END";
        var weight = $"{exact} + CASE WHEN t.\"Field\" = {(int)SearchField.Title} THEN {TitleWeight} ELSE 1 END";
        return sql.Page(
            $"SELECT s.\"DocNo\", SUM(s.\"Best\") AS \"Score\" FROM (SELECT t.\"DocNo\", t.\"Folded\", MAX({weight}) AS \"Best\" "
            + $"FROM {sql.Tokens} t WHERE t.\"Folded\" IN ({sql.In(words.Select(w => (object)w.Folded).Distinct())}) "
            + "AND t.\"DocNo\" IN (SELECT m.\"DocNo\" FROM m) GROUP BY t.\"DocNo\", t.\"Folded\") s "
            + "GROUP BY s.\"DocNo\" ORDER BY \"Score\" DESC, s.\"DocNo\" DESC", skip, take);
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
