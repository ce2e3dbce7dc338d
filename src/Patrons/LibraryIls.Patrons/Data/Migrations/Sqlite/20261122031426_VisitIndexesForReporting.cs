using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Patrons.Data.Migrations.Sqlite
{
    /// <summary>
    /// rpt_patrons_visits_v1 sums the visits of a day per site and category. SQLite groups by sorting; a covering index
    /// in the view's grouping order lets it read a year's visits in group order and sort nothing (a province records
    /// millions of visits a year). PostgreSQL and SQL Server group by hashing and need no such index.
    /// </summary>
    public partial class VisitIndexesForReporting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"CREATE INDEX ""IX_pat_visits_reporting"" ON ""pat_visits"" (""VisitDate"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", ""CategoryCode"", ""Count"")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP INDEX ""IX_pat_visits_reporting"" ");
        }
    }
}
