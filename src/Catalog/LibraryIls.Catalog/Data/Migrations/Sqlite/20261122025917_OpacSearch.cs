using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Catalog.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpacSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cat_opac_accesses",
                columns: table => new
                {
                    AccessId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_opac_accesses", x => x.AccessId);
                });

            migrationBuilder.CreateTable(
                name: "cat_search_documents",
                columns: table => new
                {
                    DocNo = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DdcClass = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DdcMainClass = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    DdcValue = table.Column<double>(type: "REAL", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    IsLocalStudies = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_search_documents", x => x.DocNo);
                });

            migrationBuilder.CreateTable(
                name: "cat_search_holdings",
                columns: table => new
                {
                    DocNo = table.Column<long>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Copies = table.Column<int>(type: "INTEGER", nullable: false),
                    Available = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_search_holdings", x => new { x.DocNo, x.SiteId, x.ItemType });
                    table.ForeignKey(
                        name: "FK_cat_search_holdings_cat_search_documents_DocNo",
                        column: x => x.DocNo,
                        principalTable: "cat_search_documents",
                        principalColumn: "DocNo",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cat_search_tokens",
                columns: table => new
                {
                    DocNo = table.Column<long>(type: "INTEGER", nullable: false),
                    Field = table.Column<byte>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Folded = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Exact = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_search_tokens", x => new { x.DocNo, x.Field, x.Position });
                    table.ForeignKey(
                        name: "FK_cat_search_tokens_cat_search_documents_DocNo",
                        column: x => x.DocNo,
                        principalTable: "cat_search_documents",
                        principalColumn: "DocNo",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cat_opac_accesses_OccurredAtUtc",
                table: "cat_opac_accesses",
                column: "OccurredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_cat_search_documents_ChangedAt_DocNo",
                table: "cat_search_documents",
                columns: new[] { "ChangedAt", "DocNo" });

            migrationBuilder.CreateIndex(
                name: "IX_cat_search_documents_RecordId",
                table: "cat_search_documents",
                column: "RecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cat_search_tokens_Folded_DocNo_Field_Exact",
                table: "cat_search_tokens",
                columns: new[] { "Folded", "DocNo", "Field", "Exact" });
            migrationBuilder.Sql(@"CREATE VIEW ""rpt_opac_accesses_v1"" AS SELECT ""AccessId"", ""Kind"", ""OccurredAtUtc"", ""SiteId"" FROM ""cat_opac_accesses""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP VIEW ""rpt_opac_accesses_v1""");
            migrationBuilder.DropTable(
                name: "cat_opac_accesses");

            migrationBuilder.DropTable(
                name: "cat_search_holdings");

            migrationBuilder.DropTable(
                name: "cat_search_tokens");

            migrationBuilder.DropTable(
                name: "cat_search_documents");
        }
    }
}
