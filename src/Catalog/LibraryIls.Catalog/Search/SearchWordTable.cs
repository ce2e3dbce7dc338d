using Microsoft.EntityFrameworkCore.Migrations;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// The OPAC's words as rows (cat_search_tokens), the layout PostgreSQL and SQL Server keep. On SQLite, from 3 to 5 Dec
/// 2026, the table was one b-tree ordered by the search key, WITHOUT ROWID (each row written to two b-trees instead of
/// three); EF cannot say WITHOUT ROWID, so this SQL, called from the SQLite migrations, laid it out and takes it back.
/// SQLite's words are a full-text table since (<see cref="SqliteWords"/>).
/// </summary>
internal static class SearchWordTable
{
    public const string WordIndex = "IX_cat_search_tokens_Folded_DocNo_Field_Exact";
    private const string PlaceIndex = "IX_cat_search_tokens_DocNo_Field_Position";
    /// <summary>The words' columns, in the order the migration copies them and the bulk writer binds them.</summary>
    public const string Columns = "\"DocNo\", \"Field\", \"Position\", \"Folded\", \"Exact\"";

    private const string ClusteredKey = "CONSTRAINT \"PK_cat_search_tokens\" PRIMARY KEY (\"Folded\", \"DocNo\", \"Field\", \"Position\")";
    private const string ClusteredEnd = ") WITHOUT ROWID";
    private const string ClusteredIndex = $"CREATE UNIQUE INDEX \"{PlaceIndex}\" ON \"cat_search_tokens\" (\"DocNo\", \"Field\", \"Position\")";

    public static void ClusterByWordSqlite(MigrationBuilder migration) => Rebuild(migration, ClusteredKey, ClusteredEnd, ClusteredIndex);

    /// <summary>The table as <see cref="ClusterByWordSqlite"/> left it, empty: what going back from <see cref="SqliteWords"/> finds.</summary>
    public static void CreateClusteredSqlite(MigrationBuilder migration)
    {
        migration.Sql(TableSql("cat_search_tokens", ClusteredKey, ClusteredEnd));
        migration.Sql(ClusteredIndex);
    }

    public static void UnclusterSqlite(MigrationBuilder migration) => Rebuild(migration,
        "CONSTRAINT \"PK_cat_search_tokens\" PRIMARY KEY (\"DocNo\", \"Field\", \"Position\")", ")",
        CreateWordIndex("\"cat_search_tokens\""));

    private const string ForeignKey = "FK_cat_search_tokens_cat_search_documents_DocNo";

    /// <summary>
    /// PostgreSQL and SQL Server: the words keep no foreign key to their documents in the database. The key cost a lookup of
    /// the document and a queued trigger for every word written, and an import writes about 25 words a record: on PostgreSQL
    /// more than half the time of writing the words, a fifth of a 100,000-record import's. The words are an index, written
    /// with their document in the same transaction and rebuilt from the records by <c>search-index rebuild</c>, like SQLite's
    /// full-text words, which never had a key; a document is never deleted (it stays as the OAI tombstone), and when its
    /// record is deleted or edited the change tracker deletes the words it no longer has (<see cref="SearchDocument.Delete"/>,
    /// <see cref="SearchDocument.Index"/>). The model keeps the relationship for that, so EF's snapshot still lists the key:
    /// this migration, not the model, takes it away.
    /// </summary>
    public static void WithoutForeignKey(MigrationBuilder migration) =>
        migration.DropForeignKey(name: ForeignKey, schema: "catalog", table: "cat_search_tokens");

    /// <summary>Going back from <see cref="WithoutForeignKey"/>: the key as the OpacSearch migration made it.</summary>
    public static void WithForeignKey(MigrationBuilder migration) =>
        migration.AddForeignKey(name: ForeignKey, schema: "catalog", table: "cat_search_tokens", column: "DocNo",
            principalSchema: "catalog", principalTable: "cat_search_documents", principalColumn: "DocNo", onDelete: ReferentialAction.Cascade);

    /// <summary>The word index of the engines whose table is not ordered by the word (and of SQLite's layout before it was).</summary>
    public static string CreateWordIndex(string table) =>
        $"CREATE INDEX \"{WordIndex}\" ON {table} (\"Folded\", \"DocNo\", \"Field\", \"Exact\")";

    private static void Rebuild(MigrationBuilder migration, string key, string end, string index)
    {
        migration.Sql(TableSql("cat_search_tokens_new", key, end));
        migration.Sql($"INSERT INTO \"cat_search_tokens_new\" ({Columns}) SELECT {Columns} FROM \"cat_search_tokens\" ORDER BY \"Folded\", \"DocNo\", \"Field\", \"Position\"");
        migration.Sql("DROP TABLE \"cat_search_tokens\"");
        migration.Sql("ALTER TABLE \"cat_search_tokens_new\" RENAME TO \"cat_search_tokens\"");
        migration.Sql(index);
    }

    private static string TableSql(string name, string key, string end) =>
        $"CREATE TABLE \"{name}\" (\"DocNo\" INTEGER NOT NULL, \"Field\" INTEGER NOT NULL, \"Position\" INTEGER NOT NULL, "
        + $"\"Folded\" TEXT NOT NULL, \"Exact\" TEXT NOT NULL, {key}, "
        + $"CONSTRAINT \"{ForeignKey}\" FOREIGN KEY (\"DocNo\") "
        + $"REFERENCES \"cat_search_documents\" (\"DocNo\") ON DELETE CASCADE{end}";
}
