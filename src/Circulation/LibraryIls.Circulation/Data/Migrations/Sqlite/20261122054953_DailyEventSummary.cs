using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Circulation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DailyEventSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Summarised",
                table: "cir_events",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "cir_event_days",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReaderCategory = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    Events = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_event_days", x => new { x.Day, x.Kind, x.SiteId, x.SiteLevel, x.ReaderCategory });
                });

            migrationBuilder.Sql(@"CREATE INDEX ""IX_cir_events_unsummarised"" ON ""cir_events"" (""Id"") WHERE ""Summarised"" = 0");
            migrationBuilder.Sql(@"CREATE VIEW ""rpt_circulation_daily_v1"" AS
SELECT ""Day"", ""Kind"", ""SiteId"", ""SiteLevel"", NULLIF(""ReaderCategory"", '') AS ""ReaderCategory"", ""Count"", ""Events"" FROM ""cir_event_days""
UNION ALL
SELECT date(""OccurredAt"", '+7 hours'), ""Kind"", ""SiteId"", ""SiteLevel"", ""ReaderCategory"", ""Count"", 1 FROM ""cir_events"" INDEXED BY ""IX_cir_events_unsummarised"" WHERE ""Summarised"" = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP VIEW ""rpt_circulation_daily_v1"" ");
            migrationBuilder.Sql(@"DROP INDEX ""IX_cir_events_unsummarised"" ");

            migrationBuilder.DropTable(
                name: "cir_event_days");

            migrationBuilder.DropColumn(
                name: "Summarised",
                table: "cir_events");
        }
    }
}
