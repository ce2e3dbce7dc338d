using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Catalog.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "catalog");

            migrationBuilder.CreateTable(
                name: "cat_record_versions",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ChangedTags = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Marc = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_record_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cat_records",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Marc = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Responsibility = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    MainEntry = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Publisher = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Year = table.Column<int>(type: "int", nullable: true),
                    Language = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    DdcClass = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    DdcMainClass = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    IsLocalStudies = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cat_copies",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SiteLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Location = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ItemType = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CallNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ShelfKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Price = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: true),
                    AcquiredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_copies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cat_copies_cat_records_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "catalog",
                        principalTable: "cat_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cat_record_headings",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Display = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Key = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_record_headings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cat_record_headings_cat_records_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "catalog",
                        principalTable: "cat_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cat_copies_RecordId",
                schema: "catalog",
                table: "cat_copies",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_cat_copies_RegistrationNumber",
                schema: "catalog",
                table: "cat_copies",
                column: "RegistrationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cat_copies_SiteId_ShelfKey",
                schema: "catalog",
                table: "cat_copies",
                columns: new[] { "SiteId", "ShelfKey" });

            migrationBuilder.CreateIndex(
                name: "IX_cat_record_headings_Kind_Key",
                schema: "catalog",
                table: "cat_record_headings",
                columns: new[] { "Kind", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_cat_record_headings_RecordId",
                schema: "catalog",
                table: "cat_record_headings",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_cat_record_versions_RecordId_Version",
                schema: "catalog",
                table: "cat_record_versions",
                columns: new[] { "RecordId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cat_records_DdcClass",
                schema: "catalog",
                table: "cat_records",
                column: "DdcClass");

            // The read views Reporting uses (row shapes in Catalog.Contracts); they only gain columns.
            // EXEC: CREATE VIEW must be alone in its batch, and the idempotent script wraps each step in IF … BEGIN … END.
            migrationBuilder.Sql("""
                EXEC(N'CREATE VIEW [catalog].[rpt_catalog_copies_v1] AS
                SELECT c.[Id] AS [CopyId], c.[RegistrationNumber], c.[RecordId], c.[SiteId], c.[SiteLevel], c.[Location],
                       c.[ItemType], r.[DdcMainClass], c.[AcquiredOn], c.[Source], c.[Price], c.[Status]
                FROM [catalog].[cat_copies] c
                JOIN [catalog].[cat_records] r ON r.[Id] = c.[RecordId]')
                """);
            migrationBuilder.Sql("""
                EXEC(N'CREATE VIEW [catalog].[rpt_catalog_records_v1] AS
                SELECT r.[Id] AS [RecordId], r.[Title], r.[Publisher], r.[Year], r.[Language], r.[DdcClass], r.[DdcMainClass],
                       r.[IsLocalStudies], r.[CreatedAt], r.[UpdatedAt]
                FROM [catalog].[cat_records] r')
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW [catalog].[rpt_catalog_records_v1]");
            migrationBuilder.Sql("DROP VIEW [catalog].[rpt_catalog_copies_v1]");
            migrationBuilder.DropTable(
                name: "cat_copies",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "cat_record_headings",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "cat_record_versions",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "cat_records",
                schema: "catalog");
        }
    }
}
