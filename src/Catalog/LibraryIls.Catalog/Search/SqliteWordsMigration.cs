using System.Globalization;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// SQLite's OPAC words move from cat_search_tokens (a row per word) to the full-text table of <see cref="SqliteWords"/>:
/// each record's words are laid out in its row field by field in the order of their places, with a gap word for every
/// <see cref="RecordWords.ValueGap"/> places skipped, then the old table is dropped. Going back makes the old table again,
/// empty: the words come back with <c>search-index rebuild</c>.
/// </summary>
internal static class SqliteWordsMigration
{
    public static void Up(MigrationBuilder migration)
    {
        foreach (var create in SqliteWords.Create) migration.Sql(create);
        var gap = RecordWords.ValueGap.ToString(CultureInfo.InvariantCulture);
        // The gap words before a word: one per ValueGap places between it and the word before it in the field.
        var gaps = "replace(hex(zeroblob((\"Position\" - coalesce(lag(\"Position\") OVER (PARTITION BY \"DocNo\", \"Field\" ORDER BY \"Position\") + 1, 0)) / "
                   + gap + $")), '00', '{SqliteWords.Gap} ')";
        var texts = SqliteWords.Fields.SelectMany(f => new[] { Text(f, "Folded"), Text(f, "Exact") });
        migration.Sql($"INSERT INTO {SqliteWords.Table} (rowid, {SqliteWords.Columns}) SELECT \"DocNo\", {string.Join(", ", texts)} "
                      + $"FROM (SELECT \"DocNo\", \"Field\", \"Position\", {gaps} || {Word("Folded")} AS \"Folded\", {gaps} || {Word("Exact")} AS \"Exact\" "
                      + "FROM \"cat_search_tokens\") GROUP BY \"DocNo\"");
        migration.Sql("DROP TABLE \"cat_search_tokens\"");
    }

    public static void Down(MigrationBuilder migration)
    {
        SearchWordTable.CreateClusteredSqlite(migration);
        migration.Sql($"DROP TABLE {SqliteWords.Instances}");
        migration.Sql($"DROP TABLE {SqliteWords.Table}");
    }

    private static string Word(string form) => $"CASE WHEN \"{form}\" = '' THEN '{SqliteWords.Nothing}' ELSE \"{form}\" END";

    private static string Text(SearchField field, string form) =>
        $"coalesce(group_concat(CASE WHEN \"Field\" = {(int)field} THEN \"{form}\" END, ' ' ORDER BY \"Position\"), '')";
}
