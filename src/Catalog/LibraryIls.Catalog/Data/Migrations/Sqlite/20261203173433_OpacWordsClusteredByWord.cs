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
            LibraryIls.Catalog.Search.SearchWordTable.ClusterByWordSqlite(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            LibraryIls.Catalog.Search.SearchWordTable.UnclusterSqlite(migrationBuilder);
        }
    }
}
