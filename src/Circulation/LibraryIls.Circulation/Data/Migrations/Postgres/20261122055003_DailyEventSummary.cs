using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Circulation.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DailyEventSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Summarised",
                schema: "circulation",
                table: "cir_events",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "cir_event_days",
                schema: "circulation",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteLevel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReaderCategory = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false),
                    Events = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_event_days", x => new { x.Day, x.Kind, x.SiteId, x.SiteLevel, x.ReaderCategory });
                });

            migrationBuilder.Sql(@"CREATE INDEX ""IX_cir_events_unsummarised"" ON circulation.""cir_events"" (""Id"") WHERE NOT ""Summarised"" ");
            migrationBuilder.Sql(@"CREATE VIEW circulation.""rpt_circulation_daily_v1"" AS
SELECT ""Day"", ""Kind"", ""SiteId"", ""SiteLevel"", NULLIF(""ReaderCategory"", '') AS ""ReaderCategory"", ""Count"", ""Events"" FROM circulation.""cir_event_days""
UNION ALL
SELECT ((""OccurredAt"" AT TIME ZONE 'UTC') + INTERVAL '7 hours')::date, ""Kind"", ""SiteId"", ""SiteLevel"", ""ReaderCategory"", CAST(""Count"" AS bigint), CAST(1 AS bigint)
FROM circulation.""cir_events"" WHERE NOT ""Summarised""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP VIEW circulation.""rpt_circulation_daily_v1"" ");
            migrationBuilder.Sql(@"DROP INDEX circulation.""IX_cir_events_unsummarised"" ");

            migrationBuilder.DropTable(
                name: "cir_event_days",
                schema: "circulation");

            migrationBuilder.DropColumn(
                name: "Summarised",
                schema: "circulation",
                table: "cir_events");
        }
    }
}
