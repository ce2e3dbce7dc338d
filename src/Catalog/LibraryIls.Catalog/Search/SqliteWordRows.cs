using LibraryIls.Catalog.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// SQLite: the OPAC's words, about 25 rows a record and most of the rows an import writes, inserted by one prepared statement
/// with each value bound from its own type: the numbers as numbers, the words as UTF-8 made in the thread's buffer
/// (<see cref="SqliteValues.BindText"/>). The general bulk path (<see cref="BulkRows{T}"/>) reads each value through the EF
/// model, boxed, and picks its binding by its type. Stored as the bulk path stores them
/// (BulkRowsTests compares the two).
/// </summary>
internal static class SqliteWordRows
{
    private const string Insert = "INSERT INTO \"cat_search_tokens\" (\"DocNo\", \"Field\", \"Position\", \"Folded\", \"Exact\") VALUES (?, ?, ?, ?, ?)";

    public static void Write(SqliteConnection connection, IEnumerable<SearchToken> rows)
    {
        var handle = connection.Handle!;
        SqliteValues.Check(handle, raw.sqlite3_prepare_v2(handle, Insert, out var statement));
        using (statement)
        {
            foreach (var row in rows)
            {
                Bind(raw.sqlite3_bind_int64(statement, 1, row.DocNo));
                Bind(raw.sqlite3_bind_int64(statement, 2, (byte)row.Field));
                Bind(raw.sqlite3_bind_int64(statement, 3, row.Position));
                Bind(SqliteValues.BindText(statement, 4, row.Folded));
                Bind(SqliteValues.BindText(statement, 5, row.Exact));
                var step = raw.sqlite3_step(statement);
                // Read while the statement still holds it: SQLite's message for a broken constraint.
                if (step != raw.SQLITE_DONE) SqliteValues.Check(handle, step);
                raw.sqlite3_reset(statement);
            }
        }
    }

    private static void Bind(int code)
    {
        if (code != raw.SQLITE_OK) throw new InvalidOperationException($"SQLite refused a word's value (code {code}).");
    }
}
