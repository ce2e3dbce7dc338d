using System.Text;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Search.Memory;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// On SQLite the OPAC's words are one row per record in an FTS5 full-text table (cat_search_words, rowid = DocNo) instead
/// of a row per word: per field its folded words and, in a column beside, their exact forms, space-separated, with "¦"
/// standing for the places between two values (a phrase never runs across it) and "¤" for a word with no folded form. SQLite keeps the postings of each word
/// itself, a block of records at a time, so an import adds one row per record instead of one per word to a b-tree
/// ordered by word. The memory index reads the rows back into words with their places (<see cref="Read"/>); the SQL
/// search asks the full-text table for a term's records (<see cref="Match"/>) and its vocabulary table
/// (cat_search_word_instances) for where each word stands, for the ranking. The other engines keep cat_search_tokens.
/// </summary>
internal static class SqliteWords
{
    public const string Table = "\"cat_search_words\"";
    public const string Instances = "\"cat_search_word_instances\"";

    /// <summary>The places between two values of a field (<see cref="RecordWords.ValueGap"/>), written as a word of its own.</summary>
    public const string Gap = "¦";

    /// <summary>A word with no folded form (nothing but marks, which folding removes), written so that every word is one token.</summary>
    public const string Nothing = "¤";

    public static readonly SearchField[] Fields = Enum.GetValues<SearchField>();

    /// <summary>Every column in table order: each field's folded words, then their exact forms.</summary>
    public static readonly string Columns = string.Join(", ", Fields.SelectMany(f => new[] { Column(f, exact: false), Column(f, exact: true) }));

    public static string Column(SearchField field, bool exact) => $"\"{ColumnName(field, exact)}\"";

    public static string ColumnName(SearchField field, bool exact) => exact ? $"{field}Exact" : field.ToString();

    /// <summary>The twelve texts of a record's words (as <see cref="RecordWords.Of"/> gives them: each field's in the order of their places), in <see cref="Columns"/> order.</summary>
    public static string[] Texts(IEnumerable<(SearchField Field, int Position, SearchWord Word)> words)
    {
        var texts = new StringBuilder[Fields.Length * 2];
        var next = new int[Fields.Length];
        foreach (var (field, position, word) in words)
        {
            var at = (int)field - 1;
            var folded = texts[2 * at] ??= new StringBuilder();
            var exact = texts[2 * at + 1] ??= new StringBuilder();
            while (position - next[at] >= RecordWords.ValueGap)
            {
                Append(folded, Gap);
                Append(exact, Gap);
                next[at] += RecordWords.ValueGap;
            }
            if (position != next[at])
                throw new InvalidOperationException($"A word at place {position} of {field}, where {next[at]} was next: places lie {RecordWords.ValueGap} apart between values.");
            Append(folded, word.Folded.Length > 0 ? word.Folded : Nothing);
            Append(exact, word.Exact.Length > 0 ? word.Exact : Nothing);
            next[at] = position + 1;
        }
        return [.. texts.Select(t => t?.ToString() ?? "")];
    }

    /// <summary>Back from the texts (from <paramref name="first"/>, in <see cref="Columns"/> order) to the words with their fields and places.</summary>
    public static IEnumerable<MemoryWordRow> Read(long docNo, SqliteDataReader reader, int first)
    {
        foreach (var field in Fields)
        {
            var at = first + 2 * ((int)field - 1);
            if (reader.IsDBNull(at)) continue;
            var folded = reader.GetString(at).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var exact = reader.GetString(at + 1).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var position = 0;
            for (var i = 0; i < folded.Length; i++)
            {
                if (folded[i] == Gap) position += RecordWords.ValueGap;
                else yield return new MemoryWordRow(docNo, (int)field, position++, folded[i] == Nothing ? "" : folded[i], exact[i] == Nothing ? "" : exact[i]);
            }
        }
    }

    /// <summary>
    /// The records' words as their <see cref="Texts"/>, in the connection's open transaction: <paramref name="replace"/>, the rows
    /// they had go first. A record with no words (a deleted one) has no row.
    /// </summary>
    public static async Task WriteAsync(CatalogDbContext db, IEnumerable<(long DocNo, string[] Texts)> records, bool replace, CancellationToken ct)
    {
        var rows = records.ToList();
        if (rows.Count == 0) return;
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (replace)
            SqliteValues.RunPrepared(connection, $"DELETE FROM {Table} WHERE rowid = ?", rows, static (statement, row) => SqliteValues.Bind(statement, 1, row.DocNo));
        var places = string.Join(", ", Enumerable.Repeat("?", Fields.Length * 2));
        SqliteValues.RunPrepared(connection, $"INSERT INTO {Table} (rowid, {Columns}) VALUES (?, {places})", rows.Where(r => r.Texts.Any(t => t.Length > 0)), static (statement, row) =>
        {
            SqliteValues.Bind(statement, 1, row.DocNo);
            for (var i = 0; i < row.Texts.Length; i++) SqliteValues.Bind(statement, i + 2, row.Texts[i]);
        });
    }

    /// <summary>An FTS5 query for the term's words one after another in one of its fields (any field when it names none).</summary>
    public static string Match(SearchTerm term)
    {
        var fields = term.Fields.Count > 0 ? term.Fields : Fields;
        var phrase = string.Join(' ', term.Words.Select(w => w.Folded));
        return $"{{{string.Join(' ', fields.Select(f => ColumnName(f, exact: false)))}}} : \"{phrase.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static void Append(StringBuilder text, string word)
    {
        if (text.Length > 0) text.Append(' ');
        text.Append(word);
    }
}
