using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Circulation.Data.Migrations.SqlServer
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
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "cir_event_days",
                schema: "circulation",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SiteLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ReaderCategory = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false),
                    Events = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cir_event_days", x => new { x.Day, x.Kind, x.SiteId, x.SiteLevel, x.ReaderCategory });
                });

            foreach (var sql in ReportingViews.CirculationDaysSql.SqlServerUp) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in ReportingViews.CirculationDaysSql.SqlServerDown) migrationBuilder.Sql(sql);

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
