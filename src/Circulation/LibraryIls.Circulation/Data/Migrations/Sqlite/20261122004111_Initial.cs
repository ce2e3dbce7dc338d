using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Circulation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cir_calendars",
                columns: table => new
                {
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClosedWeekdays = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_calendars", x => x.SiteId);
                });

            migrationBuilder.CreateTable(
                name: "cir_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CopyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ItemType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DdcMainClass = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    ReaderCategory = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_holds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReaderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReaderCategory = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PickupSiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CopyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PickupBy = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_holds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_idempotent_requests",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ResultId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_idempotent_requests", x => new { x.Key, x.Operation });
                });

            migrationBuilder.CreateTable(
                name: "cir_loans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CopyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReaderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReaderCategory = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CirculationProfile = table.Column<string>(type: "TEXT", nullable: false),
                    ItemType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CheckedOutAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Renewals = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnedAtSiteId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_loans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReaderCategory = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ItemType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    MaxLoans = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxLoansOfItemType = table.Column<int>(type: "INTEGER", nullable: true),
                    RenewalsAllowed = table.Column<int>(type: "INTEGER", nullable: false),
                    HoldsAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxHolds = table.Column<int>(type: "INTEGER", nullable: false),
                    OnSiteOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    BlockAfterDaysOverdue = table.Column<int>(type: "INTEGER", nullable: true),
                    FinePerDay = table.Column<decimal>(type: "TEXT", precision: 12, scale: 0, nullable: true),
                    LoanLength = table.Column<int>(type: "INTEGER", nullable: false),
                    LoanUnit = table.Column<int>(type: "INTEGER", nullable: false),
                    RenewalLength = table.Column<int>(type: "INTEGER", nullable: false),
                    RenewalUnit = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_transfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CopyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromSiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToSiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_transfers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_calendar_closures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_calendar_closures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cir_calendar_closures_cir_calendars_SiteId",
                        column: x => x.SiteId,
                        principalTable: "cir_calendars",
                        principalColumn: "SiteId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cir_calendar_closures_SiteId",
                table: "cir_calendar_closures",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_cir_events_OccurredAt",
                table: "cir_events",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_cir_holds_ReaderId_Status",
                table: "cir_holds",
                columns: new[] { "ReaderId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cir_holds_RecordId_Status_PlacedAt",
                table: "cir_holds",
                columns: new[] { "RecordId", "Status", "PlacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cir_loans_CheckedOutAt",
                table: "cir_loans",
                column: "CheckedOutAt");

            migrationBuilder.CreateIndex(
                name: "IX_cir_loans_ReaderId_ReturnedAt",
                table: "cir_loans",
                columns: new[] { "ReaderId", "ReturnedAt" });

            migrationBuilder.CreateIndex(
                name: "UX_cir_loans_open_copy",
                table: "cir_loans",
                column: "CopyId",
                unique: true,
                filter: "\"ReturnedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "UX_cir_transfers_open_copy",
                table: "cir_transfers",
                column: "CopyId",
                unique: true,
                filter: "\"ReceivedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cir_calendar_closures");

            migrationBuilder.DropTable(
                name: "cir_events");

            migrationBuilder.DropTable(
                name: "cir_holds");

            migrationBuilder.DropTable(
                name: "cir_idempotent_requests");

            migrationBuilder.DropTable(
                name: "cir_loans");

            migrationBuilder.DropTable(
                name: "cir_rules");

            migrationBuilder.DropTable(
                name: "cir_transfers");

            migrationBuilder.DropTable(
                name: "cir_calendars");
        }
    }
}
