using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Catalog.Data.Migrations.Postgres
{
    /// <summary>
    /// The OPAC's words keep no foreign key to their documents in the database. The key cost a lookup of the document and
    /// a queued trigger for every word written, and an import writes some twenty-five words a record. The words are an
    /// index, written with their document in the same transaction and rebuilt from the records by
    /// <c>search-index rebuild</c>, like SQLite's full-text words, which never had a key; a document is never deleted (it
    /// stays as the OAI tombstone), and when its record is deleted or edited the change tracker deletes the words it no
    /// longer has. The model keeps the relationship for that, so EF's snapshot still lists the key: this migration, not
    /// the model, takes it away.
    /// </summary>
    public partial class OpacWordsWithoutForeignKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.DropForeignKey(name: "FK_cat_search_tokens_cat_search_documents_DocNo", schema: "catalog", table: "cat_search_tokens");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.AddForeignKey(name: "FK_cat_search_tokens_cat_search_documents_DocNo", schema: "catalog", table: "cat_search_tokens",
                column: "DocNo", principalSchema: "catalog", principalTable: "cat_search_documents", principalColumn: "DocNo",
                onDelete: ReferentialAction.Cascade);
    }
}
