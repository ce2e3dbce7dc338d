using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Circulation.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RotationAndMobileVan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cir_mobile_trips",
                schema: "circulation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VanSiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StockTaken = table.Column<int>(type: "int", nullable: false),
                    StaffOnBoard = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_mobile_trips", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_rotation_audit",
                schema: "circulation",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    StaffId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StaffName = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_rotation_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_rotation_batches",
                schema: "circulation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SendingSiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlannedFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    State = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_rotation_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_rotation_usage",
                schema: "circulation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StageNumber = table.Column<int>(type: "int", nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SiteLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    IsRural = table.Column<bool>(type: "bit", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    ReadersServed = table.Column<int>(type: "int", nullable: false),
                    ItemUses = table.Column<int>(type: "int", nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReportedBy = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_rotation_usage", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cir_mobile_trip_stops",
                schema: "circulation",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TripId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PointKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Level = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    IsRural = table.Column<bool>(type: "bit", nullable: false),
                    ReadersServed = table.Column<int>(type: "int", nullable: false),
                    ItemsUsed = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_mobile_trip_stops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cir_mobile_trip_stops_cir_mobile_trips_TripId",
                        column: x => x.TripId,
                        principalSchema: "circulation",
                        principalTable: "cir_mobile_trips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cir_rotation_copies",
                schema: "circulation",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StageNumber = table.Column<int>(type: "int", nullable: false),
                    CopyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OpenCopyId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RegistrationNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    HomeSiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HomeLocation = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: true),
                    SettledAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_rotation_copies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cir_rotation_copies_cir_rotation_batches_BatchId",
                        column: x => x.BatchId,
                        principalSchema: "circulation",
                        principalTable: "cir_rotation_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cir_rotation_stages",
                schema: "circulation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    DestinationSiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DestinationKind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DestinationPointKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    DestinationLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DestinationIsRural = table.Column<bool>(type: "bit", nullable: false),
                    DestinationIsDisadvantaged = table.Column<bool>(type: "bit", nullable: false),
                    PlannedUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DispatchedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    InUseAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReturnedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_rotation_stages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cir_rotation_stages_cir_rotation_batches_BatchId",
                        column: x => x.BatchId,
                        principalSchema: "circulation",
                        principalTable: "cir_rotation_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cir_mobile_trip_stops_TripId",
                schema: "circulation",
                table: "cir_mobile_trip_stops",
                column: "TripId");

            migrationBuilder.CreateIndex(
                name: "IX_cir_mobile_trips_VanSiteId_Date",
                schema: "circulation",
                table: "cir_mobile_trips",
                columns: new[] { "VanSiteId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_audit_BatchId",
                schema: "circulation",
                table: "cir_rotation_audit",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_batches_Code",
                schema: "circulation",
                table: "cir_rotation_batches",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_batches_SendingSiteId",
                schema: "circulation",
                table: "cir_rotation_batches",
                column: "SendingSiteId");

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_copies_BatchId_StageNumber",
                schema: "circulation",
                table: "cir_rotation_copies",
                columns: new[] { "BatchId", "StageNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_copies_CopyId",
                schema: "circulation",
                table: "cir_rotation_copies",
                column: "CopyId");

            migrationBuilder.CreateIndex(
                name: "UX_cir_rotation_copies_open",
                schema: "circulation",
                table: "cir_rotation_copies",
                column: "OpenCopyId",
                unique: true,
                filter: "[OpenCopyId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_stages_BatchId_Number",
                schema: "circulation",
                table: "cir_rotation_stages",
                columns: new[] { "BatchId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_stages_DestinationSiteId",
                schema: "circulation",
                table: "cir_rotation_stages",
                column: "DestinationSiteId");

            migrationBuilder.CreateIndex(
                name: "IX_cir_rotation_usage_BatchId_StageNumber_PeriodFrom",
                schema: "circulation",
                table: "cir_rotation_usage",
                columns: new[] { "BatchId", "StageNumber", "PeriodFrom" },
                unique: true);

            migrationBuilder.Sql(@"EXEC(N'CREATE VIEW [circulation].rpt_rotation_batches_v1 AS SELECT s.[BatchId], b.[Code] AS [BatchCode], s.[Number] AS [StageNumber], b.[SendingSiteId], s.[DestinationSiteId],
  s.[DestinationKind], s.[DestinationPointKind], s.[DestinationLevel], s.[DestinationIsRural], s.[DestinationIsDisadvantaged],
  s.[State], s.[DispatchedAt] AS [DispatchedAtUtc], s.[ReceivedAt] AS [ReceivedAtUtc], s.[ReturnedAt] AS [ReturnedAtUtc],
  s.[ClosedAt] AS [ClosedAtUtc],
  CAST((SELECT COUNT(*) FROM [circulation].cir_rotation_copies c WHERE c.[BatchId] = s.[BatchId] AND c.[StageNumber] = s.[Number]) AS INTEGER) AS [CopiesSent],
  CAST((SELECT COUNT(*) FROM [circulation].cir_rotation_copies c WHERE c.[BatchId] = s.[BatchId] AND c.[StageNumber] = s.[Number] AND c.[Outcome] = ''Returned'') AS INTEGER) AS [CopiesReturned],
  CAST((SELECT COUNT(*) FROM [circulation].cir_rotation_copies c WHERE c.[BatchId] = s.[BatchId] AND c.[StageNumber] = s.[Number] AND c.[Outcome] IN (''Missing'', ''MissingOnArrival'')) AS INTEGER) AS [CopiesMissing],
  CAST((SELECT COUNT(*) FROM [circulation].cir_rotation_copies c WHERE c.[BatchId] = s.[BatchId] AND c.[StageNumber] = s.[Number] AND c.[Outcome] = ''Damaged'') AS INTEGER) AS [CopiesDamaged],
  CAST((SELECT COUNT(*) FROM [circulation].cir_rotation_copies c WHERE c.[BatchId] = s.[BatchId] AND c.[StageNumber] = s.[Number] AND c.[Outcome] = ''MovedOn'') AS INTEGER) AS [CopiesMovedOn]
FROM [circulation].cir_rotation_stages s JOIN [circulation].cir_rotation_batches b ON b.[Id] = s.[BatchId]')");
            migrationBuilder.Sql(@"EXEC(N'CREATE VIEW [circulation].rpt_rotation_usage_v1 AS SELECT [Id] AS [ReportId], [BatchId], [SiteId], [SiteLevel], [IsRural], [PeriodFrom], [PeriodTo], [ReadersServed], [ItemUses]
FROM [circulation].cir_rotation_usage')");
            migrationBuilder.Sql(@"EXEC(N'CREATE VIEW [circulation].rpt_mobile_van_stops_v1 AS SELECT t.[Id] AS [TripId], t.[Date] AS [TripDate], t.[VanSiteId], s.[Number] AS [StopNumber], s.[SiteId] AS [StopSiteId],
  s.[Name] AS [StopName], s.[PointKind] AS [StopPointKind], s.[Level] AS [SiteLevel], s.[IsRural], s.[ReadersServed], s.[ItemsUsed]
FROM [circulation].cir_mobile_trip_stops s JOIN [circulation].cir_mobile_trips t ON t.[Id] = s.[TripId]')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP VIEW [circulation].rpt_rotation_batches_v1");
            migrationBuilder.Sql(@"DROP VIEW [circulation].rpt_rotation_usage_v1");
            migrationBuilder.Sql(@"DROP VIEW [circulation].rpt_mobile_van_stops_v1");

            migrationBuilder.DropTable(
                name: "cir_mobile_trip_stops",
                schema: "circulation");

            migrationBuilder.DropTable(
                name: "cir_rotation_audit",
                schema: "circulation");

            migrationBuilder.DropTable(
                name: "cir_rotation_copies",
                schema: "circulation");

            migrationBuilder.DropTable(
                name: "cir_rotation_stages",
                schema: "circulation");

            migrationBuilder.DropTable(
                name: "cir_rotation_usage",
                schema: "circulation");

            migrationBuilder.DropTable(
                name: "cir_mobile_trips",
                schema: "circulation");

            migrationBuilder.DropTable(
                name: "cir_rotation_batches",
                schema: "circulation");
        }
    }
}
