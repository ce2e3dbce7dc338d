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

            migrationBuilder.Sql(@"CREATE INDEX ""IX_pat_visits_unsummarised"" ON ""pat_visits"" (""Id"") WHERE ""Summarised"" = 0");
            migrationBuilder.Sql(@"DROP VIEW ""rpt_patrons_visits_v1""");
            migrationBuilder.Sql(@"CREATE VIEW ""rpt_patrons_visits_v1"" AS SELECT ""Date"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", ""CategoryCode"", SUM(""Count"") AS ""Count"" FROM (
    SELECT ""VisitDate"" AS ""Date"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", NULLIF(""CategoryCode"", '') AS ""CategoryCode"", ""Count"" FROM ""pat_visit_days""
    UNION ALL
    SELECT ""VisitDate"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", ""CategoryCode"", ""Count"" FROM ""pat_visits"" INDEXED BY ""IX_pat_visits_unsummarised"" WHERE ""Summarised"" = 0) v
GROUP BY ""Date"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", ""CategoryCode""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP VIEW ""rpt_patrons_visits_v1""");
            migrationBuilder.Sql(@"CREATE VIEW ""rpt_patrons_visits_v1"" AS SELECT ""VisitDate"" AS ""Date"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", ""CategoryCode"", CAST(SUM(""Count"") AS BIGINT) AS ""Count""
FROM pat_visits
GROUP BY ""VisitDate"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", ""CategoryCode""");
            migrationBuilder.Sql(@"DROP INDEX ""IX_pat_visits_unsummarised"" ");

            migrationBuilder.DropTable(
                name: "pat_visit_days");

            migrationBuilder.DropColumn(
                name: "Summarised",
                table: "pat_visits");
        }
    }
}
