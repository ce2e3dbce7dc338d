using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Catalog.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MarcImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cat_import_batches",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    FileBytes = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    MatchRule = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OnMatch = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    OnNoMatch = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CopyMapping = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DefaultSiteCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DefaultLocation = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RegistrationPrefix = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    LegacyEncoding = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CommitWhenStaged = table.Column<bool>(type: "bit", nullable: false),
                    RejectInvalid = table.Column<bool>(type: "bit", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StagedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CommittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UndoneAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PhaseStartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    BytesRead = table.Column<long>(type: "bigint", nullable: false),
                    RecordsRead = table.Column<int>(type: "int", nullable: false),
                    RecordsStaged = table.Column<int>(type: "int", nullable: false),
                    Converted = table.Column<int>(type: "int", nullable: false),
                    CommitCursor = table.Column<int>(type: "int", nullable: false),
                    Added = table.Column<int>(type: "int", nullable: false),
                    Replaced = table.Column<int>(type: "int", nullable: false),
                    Merged = table.Column<int>(type: "int", nullable: false),
                    Rejected = table.Column<int>(type: "int", nullable: false),
                    CopiesAdded = table.Column<int>(type: "int", nullable: false),
                    CopiesRenumbered = table.Column<int>(type: "int", nullable: false),
                    Undone = table.Column<int>(type: "int", nullable: false),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_import_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cat_import_copies",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordIndex = table.Column<int>(type: "int", nullable: false),
                    CopyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OriginalNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Renumbered = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_import_copies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cat_import_copies_cat_import_batches_BatchId",
                        column: x => x.BatchId,
                        principalSchema: "catalog",
                        principalTable: "cat_import_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cat_import_records",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Index = table.Column<int>(type: "int", nullable: false),
                    ByteOffset = table.Column<long>(type: "bigint", nullable: false),
                    ByteLength = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ControlNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Issues = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ConvertedFrom = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Copies = table.Column<int>(type: "int", nullable: false),
                    MatchRecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MatchScore = table.Column<int>(type: "int", nullable: true),
                    RejectCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    RejectReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    OriginalBytes = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    RecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    VersionBefore = table.Column<int>(type: "int", nullable: true),
                    UpdatedAtBefore = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedByBefore = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    VersionAfter = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cat_import_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cat_import_records_cat_import_batches_BatchId",
                        column: x => x.BatchId,
                        principalSchema: "catalog",
                        principalTable: "cat_import_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cat_import_batches_Status",
                schema: "catalog",
                table: "cat_import_batches",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_cat_import_copies_BatchId_RecordIndex",
                schema: "catalog",
                table: "cat_import_copies",
                columns: new[] { "BatchId", "RecordIndex" });

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

            migrationBuilder.CreateIndex(
                name: "IX_cat_import_records_BatchId_Index",
                schema: "catalog",
                table: "cat_import_records",
                columns: new[] { "BatchId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cat_import_records_BatchId_Status",
                schema: "catalog",
                table: "cat_import_records",
                columns: new[] { "BatchId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cat_import_copies",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "cat_import_records",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "cat_import_batches",
                schema: "catalog");
        }
    }
}
