using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Circulation.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "circulation");

            migrationBuilder.CreateTable(
                name: "cir_calendars",
                schema: "circulation",
                columns: table => new
                {
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClosedWeekdays = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_calendars", x => x.SiteId);
                });

            migrationBuilder.CreateTable(
                name: "cir_events",
                schema: "circulation",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SiteLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CopyId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ItemType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    DdcMainClass = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    ReaderCategory = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_holds",
                schema: "circulation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReaderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReaderCategory = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PickupSiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlacedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CopyId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PickupBy = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_holds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_idempotent_requests",
                schema: "circulation",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Operation = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ResultId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_idempotent_requests", x => new { x.Key, x.Operation });
                });

            migrationBuilder.CreateTable(
                name: "cir_loans",
                schema: "circulation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CopyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReaderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReaderCategory = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CirculationProfile = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ItemType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CheckedOutAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Renewals = table.Column<int>(type: "int", nullable: false),
                    ReturnedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReturnedAtSiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_loans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_rules",
                schema: "circulation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReaderCategory = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ItemType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    MaxLoans = table.Column<int>(type: "int", nullable: false),
                    MaxLoansOfItemType = table.Column<int>(type: "int", nullable: true),
                    RenewalsAllowed = table.Column<int>(type: "int", nullable: false),
                    HoldsAllowed = table.Column<bool>(type: "bit", nullable: false),
                    MaxHolds = table.Column<int>(type: "int", nullable: false),
                    OnSiteOnly = table.Column<bool>(type: "bit", nullable: false),
                    BlockAfterDaysOverdue = table.Column<int>(type: "int", nullable: true),
                    FinePerDay = table.Column<decimal>(type: "decimal(12,0)", precision: 12, scale: 0, nullable: true),
                    LoanLength = table.Column<int>(type: "int", nullable: false),
                    LoanUnit = table.Column<int>(type: "int", nullable: false),
                    RenewalLength = table.Column<int>(type: "int", nullable: false),
                    RenewalUnit = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_transfers",
                schema: "circulation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CopyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FromSiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ToSiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_transfers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_calendar_closures",
                schema: "circulation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_calendar_closures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cir_calendar_closures_cir_calendars_SiteId",
                        column: x => x.SiteId,
                        principalSchema: "circulation",
                        principalTable: "cir_calendars",
                        principalColumn: "SiteId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cir_calendar_closures_SiteId",
                schema: "circulation",
                table: "cir_calendar_closures",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_cir_events_OccurredAt",
                schema: "circulation",
                table: "cir_events",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_cir_holds_ReaderId_Status",
                schema: "circulation",
                table: "cir_holds",
                columns: new[] { "ReaderId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cir_holds_RecordId_Status_PlacedAt",
                schema: "circulation",
                table: "cir_holds",
                columns: new[] { "RecordId", "Status", "PlacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cir_loans_CheckedOutAt",
                schema: "circulation",
                table: "cir_loans",
                column: "CheckedOutAt");

            migrationBuilder.CreateIndex(
                name: "IX_cir_loans_ReaderId_ReturnedAt",
                schema: "circulation",
                table: "cir_loans",
                columns: new[] { "ReaderId", "ReturnedAt" });

            migrationBuilder.CreateIndex(
                name: "UX_cir_loans_open_copy",
                schema: "circulation",
                table: "cir_loans",
                column: "CopyId",
                unique: true,
                filter: "[ReturnedAt] IS NULL");

            migrationBuilder.CreateIndex(
                name: "UX_cir_transfers_open_copy",
                schema: "circulation",
                table: "cir_transfers",
                column: "CopyId",
                unique: true,
                filter: "[ReceivedAt] IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cir_calendar_closures",
                schema: "circulation");

            migrationBuilder.DropTable(
                name: "cir_events",
                schema: "circulation");

            migrationBuilder.DropTable(
                name: "cir_holds",
                schema: "circulation");

            migrationBuilder.DropTable(
                name: "cir_idempotent_requests",
                schema: "circulation");

            migrationBuilder.DropTable(
                name: "cir_loans",
                schema: "circulation");

            migrationBuilder.DropTable(
                name: "cir_rules",
                schema: "circulation");

            migrationBuilder.DropTable(
                name: "cir_transfers",
                schema: "circulation");

            migrationBuilder.DropTable(
                name: "cir_calendars",
                schema: "circulation");
        }
    }
}
