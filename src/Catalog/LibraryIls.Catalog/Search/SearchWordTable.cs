using Microsoft.EntityFrameworkCore.Migrations;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// On SQLite the OPAC's words (cat_search_tokens) are one b-tree ordered by the search key, WITHOUT ROWID: a word's
/// rows are read from the table itself, and each row is written to two b-trees (the table and the unique
/// (DocNo, Field, Position) index that edits and deletes find rows by) instead of three (rowid table, primary key,
/// word index). EF cannot say WITHOUT ROWID, so the model keeps its key and this SQL, called from the SQLite
/// migration, lays the table out. The other engines keep the model's table and its word index.
/// </summary>
internal static class SearchWordTable
{
    public const string WordIndex = "IX_cat_search_tokens_Folded_DocNo_Field_Exact";
    private const string PlaceIndex = "IX_cat_search_tokens_DocNo_Field_Position";
    /// <summary>The words' columns, in the order the migration copies them and the bulk writer binds them.</summary>
    public const string Columns = "\"DocNo\", \"Field\", \"Position\", \"Folded\", \"Exact\"";

    public static void ClusterByWordSqlite(MigrationBuilder migration) => Rebuild(migration,
        "CONSTRAINT \"PK_cat_search_tokens\" PRIMARY KEY (\"Folded\", \"DocNo\", \"Field\", \"Position\")", ") WITHOUT ROWID",
        $"CREATE UNIQUE INDEX \"{PlaceIndex}\" ON \"cat_search_tokens\" (\"DocNo\", \"Field\", \"Position\")");

    public static void UnclusterSqlite(MigrationBuilder migration) => Rebuild(migration,
        "CONSTRAINT \"PK_cat_search_tokens\" PRIMARY KEY (\"DocNo\", \"Field\", \"Position\")", ")",
        CreateWordIndex("\"cat_search_tokens\""));

    /// <summary>The word index of the engines whose table is not ordered by the word (and of SQLite's layout before it was).</summary>
    public static string CreateWordIndex(string table) =>
        $"CREATE INDEX \"{WordIndex}\" ON {table} (\"Folded\", \"DocNo\", \"Field\", \"Exact\")";

    private static void Rebuild(MigrationBuilder migration, string key, string end, string index)
    {
        migration.Sql("CREATE TABLE \"cat_search_tokens_new\" (\"DocNo\" INTEGER NOT NULL, \"Field\" INTEGER NOT NULL, \"Position\" INTEGER NOT NULL, "
                      + $"\"Folded\" TEXT NOT NULL, \"Exact\" TEXT NOT NULL, {key}, "
                      + "CONSTRAINT \"FK_cat_search_tokens_cat_search_documents_DocNo\" FOREIGN KEY (\"DocNo\") "
                      + $"REFERENCES \"cat_search_documents\" (\"DocNo\") ON DELETE CASCADE{end}");
        migration.Sql($"INSERT INTO \"cat_search_tokens_new\" ({Columns}) SELECT {Columns} FROM \"cat_search_tokens\" ORDER BY \"Folded\", \"DocNo\", \"Field\", \"Position\"");
        migration.Sql("DROP TABLE \"cat_search_tokens\"");
        migration.Sql("ALTER TABLE \"cat_search_tokens_new\" RENAME TO \"cat_search_tokens\"");
        migration.Sql(index);
    }
}
