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
        var where = Where(sql, request, expressions, site);
        var copyMatch = CopyMatch(sql, request, site);
        var statements = new List<string>
        {
            $"SELECT COUNT(*) FROM {sql.Documents} d WHERE {where}",
            Ranking(sql, where, terms, (page - 1) * pageSize, pageSize),
        };
        foreach (var column in new[] { "DdcMainClass", "Year", "Language" })
            statements.Add($"SELECT d.\"{column}\", COUNT(*) FROM {sql.Documents} d WHERE {where} GROUP BY d.\"{column}\"");
        foreach (var column in new[] { "SiteId", "ItemType" })
            statements.Add($"SELECT c.\"{column}\", COUNT(DISTINCT d.\"DocNo\") FROM {sql.Documents} d JOIN {sql.Copies} c ON c.\"RecordId\" = d.\"RecordId\"{copyMatch} WHERE {where} GROUP BY c.\"{column}\"");
        statements.Add($"SELECT a.\"Availability\", COUNT(*) FROM (SELECT CASE WHEN EXISTS ({CopiesOf(sql, copyMatch, available: true)}) THEN 'Available' "
                       + $"WHEN EXISTS ({CopiesOf(sql, copyMatch, available: false)}) THEN 'Unavailable' ELSE 'NoCopies' END AS \"Availability\" "
                       + $"FROM {sql.Documents} d WHERE {where}) a GROUP BY a.\"Availability\"");

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = sql.Command(connection, string.Join(";\n", statements));
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var total = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            await reader.NextResultAsync(ct);
            var ranked = new List<(long DocNo, int Score)>();
            while (await reader.ReadAsync(ct)) ranked.Add((reader.GetInt64(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)));
            var ddc = await Counts(reader, ct);
            var years = await Counts(reader, ct);
            var languages = await Counts(reader, ct);
            var siteCounts = await Counts(reader, ct);
            var itemTypes = await Counts(reader, ct);
            var availability = await Counts(reader, ct);
            await reader.DisposeAsync();

            var facets = new OpacFacets(
                Facet(ddc, v => DdcNumber.TryParse(v, out var number) ? captions.MainClassCaption(number) : null),
                await SiteFacet(siteCounts, ct),
                Facet(years, null),
                Facet(languages, null),
                Facet(itemTypes, null),
                Facet(availability, null));
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

    private static string Where(SearchSql sql, OpacSearchRequest request, List<SearchExpression> expressions, SiteInfo? site)
    {
        var conditions = new List<string> { $"d.\"IsDeleted\" = {sql.Add(false)}" };
        foreach (var expression in expressions)
            conditions.Add("(" + string.Join(" OR ", expression.AnyOf.Select(all =>
                "(" + string.Join(" AND ", all.Select(term => $"d.\"DocNo\" IN ({sql.Holding(term)})")) + ")")) + ")");
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
        var copyMatch = CopyMatch(sql, request, site);
        if (copyMatch.Length > 0) conditions.Add($"EXISTS ({CopiesOf(sql, copyMatch, available: false)})");
        if (request.Available is { } available)
            conditions.Add($"{(available ? "" : "NOT ")}EXISTS ({CopiesOf(sql, copyMatch, available: true)})");
        return string.Join(" AND ", conditions);
    }

    /// <summary>The copies a site or item type asks for, as extra join conditions on c.</summary>
    private static string CopyMatch(SearchSql sql, OpacSearchRequest request, SiteInfo? site)
    {
        var match = "";
        if (site is not null) match += $" AND c.\"SiteId\" = {sql.Add(site.Id)}";
        if (!string.IsNullOrWhiteSpace(request.ItemType)) match += $" AND c.\"ItemType\" = {sql.Add(request.ItemType.Trim().ToUpperInvariant())}";
        return match;
    }

    private static string CopiesOf(SearchSql sql, string copyMatch, bool available) =>
        $"SELECT 1 FROM {sql.Copies} c WHERE c.\"RecordId\" = d.\"RecordId\"{copyMatch}"
        + (available ? $" AND c.\"Status\" = {sql.Add("Available")}" : "");

    private static string Ranking(SearchSql sql, string where, List<SearchTerm> terms, int skip, int take)
    {
        if (terms.Count == 0)
            return sql.Page($"SELECT d.\"DocNo\", 0 FROM {sql.Documents} d WHERE {where} ORDER BY d.\"DocNo\" DESC", skip, take);
        var words = terms.SelectMany(t => t.Words).ToList();
        var marked = words.Where(VietnameseText.HasMarks).Select(w => (object)w.Exact).Distinct().ToList();
        var exact = marked.Count == 0 ? "0" : $"CASE WHEN t.\"Exact\" IN ({sql.In(marked)}) THEN {ExactBonus} ELSE 0 END";
        var weight = $"{exact} + CASE WHEN t.\"Field\" = {(int)SearchField.Title} THEN {TitleWeight} ELSE 1 END";
        return sql.Page(
            $"SELECT s.\"DocNo\", SUM(s.\"Best\") AS \"Score\" FROM (SELECT t.\"DocNo\", t.\"Folded\", MAX({weight}) AS \"Best\" "
            + $"FROM {sql.Tokens} t WHERE t.\"Folded\" IN ({sql.In(words.Select(w => (object)w.Folded).Distinct())}) "
            + $"AND t.\"DocNo\" IN (SELECT d.\"DocNo\" FROM {sql.Documents} d WHERE {where}) GROUP BY t.\"DocNo\", t.\"Folded\") s "
            + "GROUP BY s.\"DocNo\" ORDER BY \"Score\" DESC, s.\"DocNo\" DESC", skip, take);
    }

    private static async Task<List<(string? Value, int Count)>> Counts(DbDataReader reader, CancellationToken ct)
    {
        await reader.NextResultAsync(ct);
        var counts = new List<(string?, int)>();
        while (await reader.ReadAsync(ct))
            counts.Add((reader.IsDBNull(0) ? null : Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)));
        return counts;
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
