using System.Globalization;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// The OPAC search as one SQL statement over the index tables: the same text and so the same results on SQLite,
/// PostgreSQL and SQL Server. It answers while the in-memory index loads, and is the reference the memory engine
/// is tested against. Ranking: per query word the best place it is found (an exact match of a word typed with
/// marks counts 10, a title word 4, any other field 1), summed; ties go to the newer record.
/// </summary>
internal sealed class SqlSearchEngine(CatalogDbContext db, ConnectedDatabase database)
{
    public const int ExactBonus = 10;
    public const int TitleWeight = 4;

    public async Task<SearchOutcome> Find(SearchPlan plan, CancellationToken ct)
    {
        var request = plan.Request;
        var sql = new SearchSql(database.Provider);
        var matches = Matches(sql, plan);
        // One statement, the matches computed once: the total, the facets and the ranked page, as (kind, value, count) rows.
        var parts = new List<string> { "SELECT 'total', " + sql.Text("NULL") + ", COUNT(*) FROM m" };
        if (request.Facets)
        {
            parts.AddRange(SearchOutcome.DocumentFacets.Select(column =>
                $"SELECT '{column}', {sql.Text($"m.\"{column}\"")}, COUNT(*) FROM m GROUP BY m.\"{column}\""));
            parts.AddRange(SearchOutcome.HoldingFacets.Select(column =>
                $"SELECT '{column}', {sql.Text($"h.\"{column}\"")}, COUNT(DISTINCT h.\"DocNo\") FROM m JOIN {sql.Holdings} h "
                + $"ON h.\"DocNo\" = m.\"DocNo\"{HoldingMatch(sql, plan)} GROUP BY h.\"{column}\""));
        }
        parts.Add($"SELECT 'rank', {sql.Text("r.\"DocNo\"")}, r.\"Score\" FROM ({Ranking(sql, [.. plan.Terms], plan.Skip, plan.Take)}) r");
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
            var facets = counts.Where(c => c.Facet is not ("total" or "rank")).GroupBy(c => c.Facet)
                .ToDictionary(g => g.Key, g => g.Select(c => (c.Facet == "SiteId" && c.Value is not null ? Guid.Parse(c.Value).ToString() : c.Value, c.Count)).ToList());
            return new SearchOutcome(counts.Single(c => c.Facet == "total").Count, facets, ranked);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The matching documents with what the facets count, as one query: the words' document sets combined by
    /// INTERSECT (AND) and UNION (OR), then the record-level filters, then the copy-level ones on cat_search_holdings.
    /// </summary>
    private static string Matches(SearchSql sql, SearchPlan plan)
    {
        var request = plan.Request;
        var conditions = new List<string> { $"d.\"IsDeleted\" = {sql.Add(false)}" };
        if (plan.Expressions.Count > 0)
            conditions.Add($"d.\"DocNo\" IN ({All(plan.Expressions.Select(e => Any(e.AnyOf.Select(all => All(all.Select(sql.Holding))))))})");
        if (plan.Ddc is { } range)
            conditions.Add($"d.\"DdcValue\" >= {sql.Add(range.From)} AND d.\"DdcValue\" < {sql.Add(range.Before)}");
        if (request.YearFrom is { } from) conditions.Add($"d.\"Year\" >= {sql.Add(from)}");
        if (request.YearTo is { } to) conditions.Add($"d.\"Year\" <= {sql.Add(to)}");
        if (plan.Language is { } language) conditions.Add($"d.\"Language\" = {sql.Add(language)}");
        if (request.LocalStudies is { } local) conditions.Add($"d.\"IsLocalStudies\" = {sql.Add(local)}");
        var holdingMatch = HoldingMatch(sql, plan);
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
    private static string HoldingMatch(SearchSql sql, SearchPlan plan)
    {
        var match = "";
        if (plan.Site is { } site) match += $" AND h.\"SiteId\" = {sql.Add(site.Id)}";
        if (plan.ItemType is { } itemType) match += $" AND h.\"ItemType\" = {sql.Add(itemType)}";
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
        if (sql.WordsInFullText) return FullTextRanking(sql, words, marked, skip, take);
        var exact = marked.Count == 0 ? "0" : $"CASE WHEN t.\"Exact\" IN ({sql.In(marked)}) THEN {ExactBonus} ELSE 0 END";
        var weight = $"{exact} + CASE WHEN t.\"Field\" = {(int)SearchField.Title} THEN {TitleWeight} ELSE 1 END";
        return sql.Page(
            $"SELECT s.\"DocNo\", SUM(s.\"Best\") AS \"Score\" FROM (SELECT t.\"DocNo\", t.\"Folded\", MAX({weight}) AS \"Best\" "
            + $"FROM {sql.Tokens} t WHERE t.\"Folded\" IN ({sql.In(words.Select(w => (object)w.Folded).Distinct())}) "
            + "AND t.\"DocNo\" IN (SELECT m.\"DocNo\" FROM m) GROUP BY t.\"DocNo\", t.\"Folded\") s "
            + "GROUP BY s.\"DocNo\" ORDER BY \"Score\" DESC, s.\"DocNo\" DESC", skip, take);
    }

    /// <summary>
    /// The same ranking from SQLite's full-text vocabulary (<see cref="SqliteWords"/>): where each query word stands in a folded
    /// column, and whether the exact column beside it has a marked form the reader typed at the same place. Both read once
    /// (MATERIALIZED): joined as subqueries, SQLite reads the vocabulary again for every row.
    /// </summary>
    private static string FullTextRanking(SearchSql sql, List<SearchWord> words, List<object> marked, int skip, int take)
    {
        var exact = marked.Count == 0 ? "0" : $"CASE WHEN e.\"doc\" IS NOT NULL THEN {ExactBonus} ELSE 0 END";
        var exactForms = marked.Count == 0 ? "" : $", e AS MATERIALIZED (SELECT \"doc\", \"col\", \"offset\" FROM {SqliteWords.Instances} WHERE \"term\" IN ({sql.In(marked)}))";
        var exactJoin = marked.Count == 0 ? "" : "LEFT JOIN e ON e.\"doc\" = f.\"doc\" AND e.\"col\" = f.\"col\" || 'Exact' AND e.\"offset\" = f.\"offset\" ";
        var folded = string.Join(", ", SqliteWords.Fields.Select(f => $"'{SqliteWords.ColumnName(f, exact: false)}'"));
        var weight = $"{exact} + CASE WHEN f.\"col\" = '{SqliteWords.ColumnName(SearchField.Title, exact: false)}' THEN {TitleWeight} ELSE 1 END";
        return sql.Page(
            $"SELECT s.\"DocNo\", SUM(s.\"Best\") AS \"Score\" FROM (WITH f AS MATERIALIZED (SELECT \"doc\", \"col\", \"offset\", \"term\" FROM {SqliteWords.Instances} "
            + $"WHERE \"term\" IN ({sql.In(words.Select(w => (object)w.Folded).Distinct())}) AND \"col\" IN ({folded})){exactForms} "
            + $"SELECT f.\"doc\" AS \"DocNo\", f.\"term\", MAX({weight}) AS \"Best\" FROM f {exactJoin}"
            + "WHERE f.\"doc\" IN (SELECT m.\"DocNo\" FROM m) GROUP BY f.\"doc\", f.\"term\") s "
            + "GROUP BY s.\"DocNo\" ORDER BY \"Score\" DESC, s.\"DocNo\" DESC", skip, take);
    }
}
