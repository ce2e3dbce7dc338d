using System.Text;
using LibraryIls.Catalog.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// SQLite: the OPAC's words, about 25 rows a record and most of the rows an import writes, inserted by one prepared statement
/// with each value bound from its own type: the numbers as numbers, the words as UTF-8 made in one buffer. The general bulk
/// path (<see cref="BulkRows{T}"/>) reads each value through the EF model boxed, and SQLite's interface copies each word
/// into a new array; for the words that was a tenth of the import's writing thread. Stored as the bulk path stores them
/// (BulkRowsTests compares the two).
/// </summary>
internal static class SqliteWordRows
{
    private const string Insert = "INSERT INTO \"cat_search_tokens\" (\"DocNo\", \"Field\", \"Position\", \"Folded\", \"Exact\") VALUES (?, ?, ?, ?, ?)";

    public static void Write(SqliteConnection connection, IEnumerable<SearchToken> rows)
    {
        var handle = connection.Handle!;
        SqliteValues.Check(handle, raw.sqlite3_prepare_v2(handle, Insert, out var statement));
        var text = new byte[Encoding.UTF8.GetMaxByteCount(VietnameseText.MaxTokenLength)];
        using (statement)
        {
            foreach (var row in rows)
            {
                Bind(raw.sqlite3_bind_int64(statement, 1, row.DocNo));
                Bind(raw.sqlite3_bind_int64(statement, 2, (byte)row.Field));
                Bind(raw.sqlite3_bind_int64(statement, 3, row.Position));
                Bind(BindText(statement, 4, row.Folded, text));
                Bind(BindText(statement, 5, row.Exact, text));
                var step = raw.sqlite3_step(statement);
                // Read while the statement still holds it: SQLite's message for a broken constraint.
                if (step != raw.SQLITE_DONE) SqliteValues.Check(handle, step);
                raw.sqlite3_reset(statement);
            }
        }
    }

    /// <summary>SQLite copies the bytes as it binds them, so one buffer serves every word (cut at MaxTokenLength characters).</summary>
    private static int BindText(sqlite3_stmt statement, int at, string word, byte[] buffer) => word.Length <= VietnameseText.MaxTokenLength
        ? raw.sqlite3_bind_text(statement, at, buffer.AsSpan(0, Encoding.UTF8.GetBytes(word, buffer)))
        : raw.sqlite3_bind_text(statement, at, word);

    private static void Bind(int code)
    {
        if (code != raw.SQLITE_OK) throw new InvalidOperationException($"SQLite refused a word's value (code {code}).");
    }
}
