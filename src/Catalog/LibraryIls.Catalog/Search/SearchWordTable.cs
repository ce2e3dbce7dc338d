namespace LibraryIls.Catalog.Search;

/// <summary>
/// The OPAC's words as rows (cat_search_tokens), the layout PostgreSQL and SQL Server keep; SQLite's words are a
/// full-text table (<see cref="SqliteWords"/>). On PostgreSQL and SQL Server the words keep no foreign key to their
/// documents (migration OpacWordsWithoutForeignKey says why).
/// </summary>
internal static class SearchWordTable
{
    public const string WordIndex = "IX_cat_search_tokens_Folded_DocNo_Field_Exact";

    /// <summary>The words' columns, in the order the bulk writer binds them and the memory index reads them.</summary>
    public const string Columns = "\"DocNo\", \"Field\", \"Position\", \"Folded\", \"Exact\"";

    /// <summary>The word index of the tables not ordered by the word, dropped for a rebuild and made again after it.</summary>
    public static string CreateWordIndex(string table) =>
        $"CREATE INDEX \"{WordIndex}\" ON {table} (\"Folded\", \"DocNo\", \"Field\", \"Exact\")";
}
