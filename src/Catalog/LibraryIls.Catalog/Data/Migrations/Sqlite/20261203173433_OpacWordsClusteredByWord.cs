using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Catalog.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpacWordsClusteredByWord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"CREATE TABLE ""cat_search_tokens_new"" (""DocNo"" INTEGER NOT NULL, ""Field"" INTEGER NOT NULL, ""Position"" INTEGER NOT NULL, ""Folded"" TEXT NOT NULL, ""Exact"" TEXT NOT NULL, CONSTRAINT ""PK_cat_search_tokens"" PRIMARY KEY (""Folded"", ""DocNo"", ""Field"", ""Position""), CONSTRAINT ""FK_cat_search_tokens_cat_search_documents_DocNo"" FOREIGN KEY (""DocNo"") REFERENCES ""cat_search_documents"" (""DocNo"") ON DELETE CASCADE) WITHOUT ROWID");
            migrationBuilder.Sql(@"INSERT INTO ""cat_search_tokens_new"" (""DocNo"", ""Field"", ""Position"", ""Folded"", ""Exact"") SELECT ""DocNo"", ""Field"", ""Position"", ""Folded"", ""Exact"" FROM ""cat_search_tokens"" ORDER BY ""Folded"", ""DocNo"", ""Field"", ""Position""");
            migrationBuilder.Sql(@"DROP TABLE ""cat_search_tokens""");
            migrationBuilder.Sql(@"ALTER TABLE ""cat_search_tokens_new"" RENAME TO ""cat_search_tokens""");
            migrationBuilder.Sql(@"CREATE UNIQUE INDEX ""IX_cat_search_tokens_DocNo_Field_Position"" ON ""cat_search_tokens"" (""DocNo"", ""Field"", ""Position"")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"CREATE TABLE ""cat_search_tokens_new"" (""DocNo"" INTEGER NOT NULL, ""Field"" INTEGER NOT NULL, ""Position"" INTEGER NOT NULL, ""Folded"" TEXT NOT NULL, ""Exact"" TEXT NOT NULL, CONSTRAINT ""PK_cat_search_tokens"" PRIMARY KEY (""DocNo"", ""Field"", ""Position""), CONSTRAINT ""FK_cat_search_tokens_cat_search_documents_DocNo"" FOREIGN KEY (""DocNo"") REFERENCES ""cat_search_documents"" (""DocNo"") ON DELETE CASCADE)");
            migrationBuilder.Sql(@"INSERT INTO ""cat_search_tokens_new"" (""DocNo"", ""Field"", ""Position"", ""Folded"", ""Exact"") SELECT ""DocNo"", ""Field"", ""Position"", ""Folded"", ""Exact"" FROM ""cat_search_tokens"" ORDER BY ""Folded"", ""DocNo"", ""Field"", ""Position""");
            migrationBuilder.Sql(@"DROP TABLE ""cat_search_tokens""");
            migrationBuilder.Sql(@"ALTER TABLE ""cat_search_tokens_new"" RENAME TO ""cat_search_tokens""");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_cat_search_tokens_Folded_DocNo_Field_Exact"" ON ""cat_search_tokens"" (""Folded"", ""DocNo"", ""Field"", ""Exact"")");
        }
    }
}
