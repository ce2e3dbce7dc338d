using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Circulation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RotationAndMobileVan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cir_mobile_trips",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VanSiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StockTaken = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffOnBoard = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_mobile_trips", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_rotation_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_rotation_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_rotation_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SendingSiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlannedFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_rotation_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_rotation_usage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StageNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsRural = table.Column<bool>(type: "INTEGER", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReadersServed = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemUses = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_rotation_usage", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_mobile_trip_stops",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TripId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PointKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsRural = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReadersServed = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsUsed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_mobile_trip_stops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cir_mobile_trip_stops_cir_mobile_trips_TripId",
                        column: x => x.TripId,
                        principalTable: "cir_mobile_trips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cir_rotation_copies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StageNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CopyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenCopyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HomeSiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomeLocation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    SettledAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_rotation_copies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cir_rotation_copies_cir_rotation_batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "cir_rotation_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cir_rotation_stages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DestinationSiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DestinationKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DestinationPointKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DestinationLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DestinationIsRural = table.Column<bool>(type: "INTEGER", nullable: false),
                    DestinationIsDisadvantaged = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlannedUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DispatchedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    InUseAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_rotation_stages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cir_rotation_stages_cir_rotation_batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "cir_rotation_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cir_mobile_trip_stops_TripId",
                table: "cir_mobile_trip_stops",
                column: "TripId");

            migrationBuilder.CreateIndex(
                name: "IX_cir_mobile_trips_VanSiteId_Date",
                table: "cir_mobile_trips",
                columns: new[] { "VanSiteId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_audit_BatchId",
                table: "cir_rotation_audit",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_batches_Code",
                table: "cir_rotation_batches",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_batches_SendingSiteId",
                table: "cir_rotation_batches",
                column: "SendingSiteId");

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_copies_BatchId_StageNumber",
                table: "cir_rotation_copies",
                columns: new[] { "BatchId", "StageNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_copies_CopyId",
                table: "cir_rotation_copies",
                column: "CopyId");

            migrationBuilder.CreateIndex(
                name: "UX_cir_rotation_copies_open",
                table: "cir_rotation_copies",
                column: "OpenCopyId",
                unique: true,
                filter: "\"OpenCopyId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_stages_BatchId_Number",
                table: "cir_rotation_stages",
                columns: new[] { "BatchId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_stages_DestinationSiteId",
                table: "cir_rotation_stages",
                column: "DestinationSiteId");

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_usage_BatchId_StageNumber_PeriodFrom",
                table: "cir_rotation_usage",
                columns: new[] { "BatchId", "StageNumber", "PeriodFrom" },
                unique: true);

            migrationBuilder.Sql(@"CREATE VIEW rpt_rotation_batches_v1 AS SELECT s.""BatchId"", b.""Code"" AS ""BatchCode"", s.""Number"" AS ""StageNumber"", b.""SendingSiteId"", s.""DestinationSiteId"",
  s.""DestinationKind"", s.""DestinationPointKind"", s.""DestinationLevel"", s.""DestinationIsRural"", s.""DestinationIsDisadvantaged"",
  s.""State"", s.""DispatchedAt"" AS ""DispatchedAtUtc"", s.""ReceivedAt"" AS ""ReceivedAtUtc"", s.""ReturnedAt"" AS ""ReturnedAtUtc"",
  s.""ClosedAt"" AS ""ClosedAtUtc"",
  CAST((SELECT COUNT(*) FROM cir_rotation_copies c WHERE c.""BatchId"" = s.""BatchId"" AND c.""StageNumber"" = s.""Number"") AS INTEGER) AS ""CopiesSent"",
  CAST((SELECT COUNT(*) FROM cir_rotation_copies c WHERE c.""BatchId"" = s.""BatchId"" AND c.""StageNumber"" = s.""Number"" AND c.""Outcome"" = 'Returned') AS INTEGER) AS ""CopiesReturned"",
  CAST((SELECT COUNT(*) FROM cir_rotation_copies c WHERE c.""BatchId"" = s.""BatchId"" AND c.""StageNumber"" = s.""Number"" AND c.""Outcome"" IN ('Missing', 'MissingOnArrival')) AS INTEGER) AS ""CopiesMissing"",
  CAST((SELECT COUNT(*) FROM cir_rotation_copies c WHERE c.""BatchId"" = s.""BatchId"" AND c.""StageNumber"" = s.""Number"" AND c.""Outcome"" = 'Damaged') AS INTEGER) AS ""CopiesDamaged"",
  CAST((SELECT COUNT(*) FROM cir_rotation_copies c WHERE c.""BatchId"" = s.""BatchId"" AND c.""StageNumber"" = s.""Number"" AND c.""Outcome"" = 'MovedOn') AS INTEGER) AS ""CopiesMovedOn""
FROM cir_rotation_stages s JOIN cir_rotation_batches b ON b.""Id"" = s.""BatchId""");
            migrationBuilder.Sql(@"CREATE VIEW rpt_rotation_usage_v1 AS SELECT ""Id"" AS ""ReportId"", ""BatchId"", ""SiteId"", ""SiteLevel"", ""IsRural"", ""PeriodFrom"", ""PeriodTo"", ""ReadersServed"", ""ItemUses""
FROM cir_rotation_usage");
            migrationBuilder.Sql(@"CREATE VIEW rpt_mobile_van_stops_v1 AS SELECT t.""Id"" AS ""TripId"", t.""Date"" AS ""TripDate"", t.""VanSiteId"", s.""Number"" AS ""StopNumber"", s.""SiteId"" AS ""StopSiteId"",
  s.""Name"" AS ""StopName"", s.""PointKind"" AS ""StopPointKind"", s.""Level"" AS ""SiteLevel"", s.""IsRural"", s.""ReadersServed"", s.""ItemsUsed""
FROM cir_mobile_trip_stops s JOIN cir_mobile_trips t ON t.""Id"" = s.""TripId""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP VIEW rpt_rotation_batches_v1");
            migrationBuilder.Sql(@"DROP VIEW rpt_rotation_usage_v1");
            migrationBuilder.Sql(@"DROP VIEW rpt_mobile_van_stops_v1");

            migrationBuilder.DropTable(
                name: "cir_mobile_trip_stops");

            migrationBuilder.DropTable(
                name: "cir_rotation_audit");

            migrationBuilder.DropTable(
                name: "cir_rotation_copies");

            migrationBuilder.DropTable(
                name: "cir_rotation_stages");

            migrationBuilder.DropTable(
                name: "cir_rotation_usage");

            migrationBuilder.DropTable(
                name: "cir_mobile_trips");

            migrationBuilder.DropTable(
                name: "cir_rotation_batches");
        }
    }
}
