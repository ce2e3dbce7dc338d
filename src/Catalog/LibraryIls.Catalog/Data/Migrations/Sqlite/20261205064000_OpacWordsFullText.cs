using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Catalog.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpacWordsFullText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            LibraryIls.Catalog.Search.SqliteWordsMigration.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            LibraryIls.Catalog.Search.SqliteWordsMigration.Down(migrationBuilder);
        }
    }
}
