using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Patrons.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DailyVisitSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Summarised",
                table: "pat_visits",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "pat_visit_days",
                columns: table => new
                {
                    VisitDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SiteLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsRural = table.Column<bool>(type: "INTEGER", nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_visit_days", x => new { x.VisitDate, x.SiteId, x.SiteCode, x.SiteLevel, x.IsRural, x.CategoryCode });
                });

            foreach (var sql in Visits.VisitDaysSql.SqliteUp) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Visits.VisitDaysSql.SqliteDown) migrationBuilder.Sql(sql);

            migrationBuilder.DropTable(
                name: "pat_visit_days");

            migrationBuilder.DropColumn(
                name: "Summarised",
                table: "pat_visits");
        }
    }
}
