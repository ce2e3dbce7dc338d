using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Circulation.Data.Migrations.Sqlite
{
    /// <summary>
    /// SQLite aggregates by sorting, and sorting a province's ten million events a year takes far longer than reading
    /// them. A covering index in the order Reporting groups events by (kind, site, level, reader category, then time)
    /// lets it read one month of events at a time in group order, sorting nothing. PostgreSQL and SQL Server aggregate
    /// by hashing and need no such index.
    /// </summary>
    public partial class EventIndexesForReporting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"CREATE INDEX ""IX_cir_events_reporting"" ON ""cir_events"" (""Kind"", ""SiteId"", ""SiteLevel"", ""ReaderCategory"", ""OccurredAt"", ""Count"")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP INDEX ""IX_cir_events_reporting"" ");
        }
    }
}
