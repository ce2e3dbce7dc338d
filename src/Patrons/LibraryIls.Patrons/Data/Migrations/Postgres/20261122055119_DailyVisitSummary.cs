using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Patrons.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "pat_visit_days",
                schema: "patrons",
                columns: table => new
                {
                    VisitDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SiteLevel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IsRural = table.Column<bool>(type: "boolean", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_visit_days", x => new { x.VisitDate, x.SiteId, x.SiteCode, x.SiteLevel, x.IsRural, x.CategoryCode });
                });

            foreach (var sql in Visits.VisitDaysSql.PostgresUp) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Visits.VisitDaysSql.PostgresDown) migrationBuilder.Sql(sql);

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
