using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Circulation.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublishedEventView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Published for Reporting (CirculationEventRowV1): views only gain columns; a breaking change ships as _v2.
            migrationBuilder.Sql(@"CREATE VIEW circulation.rpt_circulation_events_v1 AS SELECT ""Id"" AS ""EventId"", ""Kind"", ""OccurredAt"" AS ""OccurredAtUtc"", ""SiteId"", ""SiteLevel"", ""CopyId"", ""ItemType"", ""DdcMainClass"", ""ReaderCategory"", ""Count"" FROM circulation.cir_events");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP VIEW circulation.rpt_circulation_events_v1");

        }
    }
}
