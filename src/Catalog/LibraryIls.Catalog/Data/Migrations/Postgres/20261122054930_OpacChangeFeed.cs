using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Catalog.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OpacChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "catalog",
                table: "cat_search_holdings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "catalog",
                table: "cat_search_documents",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "cat_search_versions",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_search_versions", x => x.Id);
                });

            migrationBuilder.InsertData(
                schema: "catalog",
                table: "cat_search_versions",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_cat_search_holdings_Version",
                schema: "catalog",
                table: "cat_search_holdings",
                column: "Version");

            migrationBuilder.CreateIndex(
                name: "IX_cat_search_documents_Version",
                schema: "catalog",
                table: "cat_search_documents",
                column: "Version");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cat_search_versions",
                schema: "catalog");

            migrationBuilder.DropIndex(
                name: "IX_cat_search_holdings_Version",
                schema: "catalog",
                table: "cat_search_holdings");

            migrationBuilder.DropIndex(
                name: "IX_cat_search_documents_Version",
                schema: "catalog",
                table: "cat_search_documents");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "catalog",
                table: "cat_search_holdings");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "catalog",
                table: "cat_search_documents");
        }
    }
}
