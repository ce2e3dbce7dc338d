using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Catalog.Data.Migrations.Sqlite
{
    /// <summary>
    /// SQLite's OPAC words move from cat_search_tokens (a row per word) to a full-text table, one row per record: each
    /// record's words laid out field by field in the order of their places, with a gap word for every eight places skipped
    /// between values of a field; then the old table is dropped. The texts hold the words in lower case, one space between
    /// two: FTS5's "ascii" tokenizer cuts them there and nowhere else, and changes none (unicode61 would fold some
    /// letters). Going back makes the old table again, empty: the words come back with <c>search-index rebuild</c>.
    /// </summary>
    public partial class OpacWordsFullText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"CREATE VIRTUAL TABLE ""cat_search_words"" USING fts5(""Title"", ""TitleExact"", ""Author"", ""AuthorExact"", ""Subject"", ""SubjectExact"", ""Publisher"", ""PublisherExact"", ""StandardNumber"", ""StandardNumberExact"", ""Other"", ""OtherExact"", tokenize = 'ascii')");
            migrationBuilder.Sql(@"CREATE VIRTUAL TABLE ""cat_search_word_instances"" USING fts5vocab(""cat_search_words"", instance)");
            migrationBuilder.Sql(@"INSERT INTO ""cat_search_words"" (rowid, ""Title"", ""TitleExact"", ""Author"", ""AuthorExact"", ""Subject"", ""SubjectExact"", ""Publisher"", ""PublisherExact"", ""StandardNumber"", ""StandardNumberExact"", ""Other"", ""OtherExact"") SELECT ""DocNo"", coalesce(group_concat(CASE WHEN ""Field"" = 1 THEN ""Folded"" END, ' ' ORDER BY ""Position""), ''), coalesce(group_concat(CASE WHEN ""Field"" = 1 THEN ""Exact"" END, ' ' ORDER BY ""Position""), ''), coalesce(group_concat(CASE WHEN ""Field"" = 2 THEN ""Folded"" END, ' ' ORDER BY ""Position""), ''), coalesce(group_concat(CASE WHEN ""Field"" = 2 THEN ""Exact"" END, ' ' ORDER BY ""Position""), ''), coalesce(group_concat(CASE WHEN ""Field"" = 3 THEN ""Folded"" END, ' ' ORDER BY ""Position""), ''), coalesce(group_concat(CASE WHEN ""Field"" = 3 THEN ""Exact"" END, ' ' ORDER BY ""Position""), ''), coalesce(group_concat(CASE WHEN ""Field"" = 4 THEN ""Folded"" END, ' ' ORDER BY ""Position""), ''), coalesce(group_concat(CASE WHEN ""Field"" = 4 THEN ""Exact"" END, ' ' ORDER BY ""Position""), ''), coalesce(group_concat(CASE WHEN ""Field"" = 5 THEN ""Folded"" END, ' ' ORDER BY ""Position""), ''), coalesce(group_concat(CASE WHEN ""Field"" = 5 THEN ""Exact"" END, ' ' ORDER BY ""Position""), ''), coalesce(group_concat(CASE WHEN ""Field"" = 6 THEN ""Folded"" END, ' ' ORDER BY ""Position""), ''), coalesce(group_concat(CASE WHEN ""Field"" = 6 THEN ""Exact"" END, ' ' ORDER BY ""Position""), '') FROM (SELECT ""DocNo"", ""Field"", ""Position"", replace(hex(zeroblob((""Position"" - coalesce(lag(""Position"") OVER (PARTITION BY ""DocNo"", ""Field"" ORDER BY ""Position"") + 1, 0)) / 8)), '00', '¦ ') || CASE WHEN ""Folded"" = '' THEN '¤' ELSE ""Folded"" END AS ""Folded"", replace(hex(zeroblob((""Position"" - coalesce(lag(""Position"") OVER (PARTITION BY ""DocNo"", ""Field"" ORDER BY ""Position"") + 1, 0)) / 8)), '00', '¦ ') || CASE WHEN ""Exact"" = '' THEN '¤' ELSE ""Exact"" END AS ""Exact"" FROM ""cat_search_tokens"") GROUP BY ""DocNo""");
            migrationBuilder.Sql(@"DROP TABLE ""cat_search_tokens""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"CREATE TABLE ""cat_search_tokens"" (""DocNo"" INTEGER NOT NULL, ""Field"" INTEGER NOT NULL, ""Position"" INTEGER NOT NULL, ""Folded"" TEXT NOT NULL, ""Exact"" TEXT NOT NULL, CONSTRAINT ""PK_cat_search_tokens"" PRIMARY KEY (""Folded"", ""DocNo"", ""Field"", ""Position""), CONSTRAINT ""FK_cat_search_tokens_cat_search_documents_DocNo"" FOREIGN KEY (""DocNo"") REFERENCES ""cat_search_documents"" (""DocNo"") ON DELETE CASCADE) WITHOUT ROWID");
            migrationBuilder.Sql(@"CREATE UNIQUE INDEX ""IX_cat_search_tokens_DocNo_Field_Position"" ON ""cat_search_tokens"" (""DocNo"", ""Field"", ""Position"")");
            migrationBuilder.Sql(@"DROP TABLE ""cat_search_word_instances""");
            migrationBuilder.Sql(@"DROP TABLE ""cat_search_words""");
        }
    }
}
