using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Catalog.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ImportedCopyIndexesOnRenumbered : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cat_import_copies_CopyId",
                schema: "catalog",
                table: "cat_import_copies");

            migrationBuilder.DropIndex(
                name: "IX_cat_import_copies_OriginalNumber",
                schema: "catalog",
                table: "cat_import_copies");

            migrationBuilder.CreateIndex(
                name: "IX_cat_import_copies_CopyId",
                schema: "catalog",
                table: "cat_import_copies",
                column: "CopyId",
                filter: "\"Renumbered\"");

            migrationBuilder.CreateIndex(
                name: "IX_cat_import_copies_OriginalNumber",
                schema: "catalog",
                table: "cat_import_copies",
                column: "OriginalNumber",
                filter: "\"Renumbered\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cat_import_copies_CopyId",
                schema: "catalog",
                table: "cat_import_copies");

            migrationBuilder.DropIndex(
                name: "IX_cat_import_copies_OriginalNumber",
                schema: "catalog",
                table: "cat_import_copies");

            migrationBuilder.CreateIndex(
                name: "IX_cat_import_copies_CopyId",
                schema: "catalog",
                table: "cat_import_copies",
                column: "CopyId");

            migrationBuilder.CreateIndex(
                name: "IX_cat_import_copies_OriginalNumber",
                schema: "catalog",
                table: "cat_import_copies",
                column: "OriginalNumber");
        }
    }
}
