using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Catalog.Data.Migrations.Postgres
{
    /// <summary>The OPAC's words lose their foreign key to their documents, as <see cref="Search.SearchWordTable.WithoutForeignKey"/> says why.</summary>
    public partial class OpacWordsWithoutForeignKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Search.SearchWordTable.WithoutForeignKey(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Search.SearchWordTable.WithForeignKey(migrationBuilder);
    }
}
