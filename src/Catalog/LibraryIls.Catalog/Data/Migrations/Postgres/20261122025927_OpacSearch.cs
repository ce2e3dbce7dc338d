using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LibraryIls.Catalog.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OpacSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cat_opac_accesses",
                schema: "catalog",
                columns: table => new
                {
                    AccessId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_opac_accesses", x => x.AccessId);
                });

            migrationBuilder.CreateTable(
                name: "cat_search_documents",
                schema: "catalog",
                columns: table => new
                {
                    DocNo = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DdcClass = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DdcMainClass = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    DdcValue = table.Column<double>(type: "double precision", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Language = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    IsLocalStudies = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_search_documents", x => x.DocNo);
                });

            migrationBuilder.CreateTable(
                name: "cat_search_holdings",
                schema: "catalog",
                columns: table => new
                {
                    DocNo = table.Column<long>(type: "bigint", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Copies = table.Column<int>(type: "integer", nullable: false),
                    Available = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_search_holdings", x => new { x.DocNo, x.SiteId, x.ItemType });
                    table.ForeignKey(
                        name: "FK_cat_search_holdings_cat_search_documents_DocNo",
                        column: x => x.DocNo,
                        principalSchema: "catalog",
                        principalTable: "cat_search_documents",
                        principalColumn: "DocNo",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cat_search_tokens",
                schema: "catalog",
                columns: table => new
                {
                    DocNo = table.Column<long>(type: "bigint", nullable: false),
                    Field = table.Column<byte>(type: "smallint", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Folded = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Exact = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_search_tokens", x => new { x.DocNo, x.Field, x.Position });
                    table.ForeignKey(
                        name: "FK_cat_search_tokens_cat_search_documents_DocNo",
                        column: x => x.DocNo,
                        principalSchema: "catalog",
                        principalTable: "cat_search_documents",
                        principalColumn: "DocNo",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cat_opac_accesses_OccurredAtUtc",
                schema: "catalog",
                table: "cat_opac_accesses",
                column: "OccurredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_cat_search_documents_ChangedAt_DocNo",
                schema: "catalog",
                table: "cat_search_documents",
                columns: new[] { "ChangedAt", "DocNo" });

            migrationBuilder.CreateIndex(
                name: "IX_cat_search_documents_RecordId",
                schema: "catalog",
                table: "cat_search_documents",
                column: "RecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cat_search_tokens_Folded_DocNo_Field_Exact",
                schema: "catalog",
                table: "cat_search_tokens",
                columns: new[] { "Folded", "DocNo", "Field", "Exact" });
            migrationBuilder.Sql(@"CREATE VIEW ""catalog"".""rpt_opac_accesses_v1"" AS SELECT ""AccessId"", ""Kind"", ""OccurredAtUtc"", ""SiteId"" FROM ""catalog"".""cat_opac_accesses""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP VIEW ""catalog"".""rpt_opac_accesses_v1""");
            migrationBuilder.DropTable(
                name: "cat_opac_accesses",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "cat_search_holdings",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "cat_search_tokens",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "cat_search_documents",
                schema: "catalog");
        }
    }
}
