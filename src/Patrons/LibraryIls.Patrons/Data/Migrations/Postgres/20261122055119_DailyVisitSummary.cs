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

            migrationBuilder.Sql(@"CREATE INDEX ""IX_pat_visits_unsummarised"" ON patrons.""pat_visits"" (""Id"") WHERE NOT ""Summarised"" ");
            migrationBuilder.Sql(@"DROP VIEW patrons.""rpt_patrons_visits_v1""");
            migrationBuilder.Sql(@"CREATE VIEW patrons.""rpt_patrons_visits_v1"" AS SELECT ""Date"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", ""CategoryCode"", CAST(SUM(""Count"") AS BIGINT) AS ""Count"" FROM (
    SELECT ""VisitDate"" AS ""Date"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", NULLIF(""CategoryCode"", '') AS ""CategoryCode"", ""Count"" FROM patrons.""pat_visit_days""
    UNION ALL
    SELECT ""VisitDate"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", ""CategoryCode"", ""Count"" FROM patrons.""pat_visits"" WHERE NOT ""Summarised"") v
GROUP BY ""Date"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", ""CategoryCode""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP VIEW patrons.""rpt_patrons_visits_v1""");
            migrationBuilder.Sql(@"CREATE VIEW patrons.""rpt_patrons_visits_v1"" AS SELECT ""VisitDate"" AS ""Date"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", ""CategoryCode"", CAST(SUM(""Count"") AS BIGINT) AS ""Count""
FROM patrons.pat_visits
GROUP BY ""VisitDate"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", ""CategoryCode""");
            migrationBuilder.Sql(@"DROP INDEX patrons.""IX_pat_visits_unsummarised"" ");

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
