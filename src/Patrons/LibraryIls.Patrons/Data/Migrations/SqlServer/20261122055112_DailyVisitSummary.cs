using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Patrons.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DailyVisitSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Summarised",
                schema: "patrons",
                table: "pat_visits",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "pat_visit_days",
                schema: "patrons",
                columns: table => new
                {
                    VisitDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SiteCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SiteLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    IsRural = table.Column<bool>(type: "bit", nullable: false),
                    CategoryCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_visit_days", x => new { x.VisitDate, x.SiteId, x.SiteCode, x.SiteLevel, x.IsRural, x.CategoryCode });
                });

            foreach (var sql in Visits.VisitDaysSql.SqlServerUp) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Visits.VisitDaysSql.SqlServerDown) migrationBuilder.Sql(sql);

            migrationBuilder.DropTable(
                name: "pat_visit_days",
                schema: "patrons");

            migrationBuilder.DropColumn(
                name: "Summarised",
                schema: "patrons",
                table: "pat_visits");
        }
    }
}
