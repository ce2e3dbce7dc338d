using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Organization.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SitesPublishedView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsDisadvantagedArea",
                schema: "organization",
                table: "org_sites",
                type: "boolean",
                nullable: false,
                defaultValue: false);
            // Published read view for Reporting (row shape: Organization.Contracts.SiteRowV1); it only gains columns.
            migrationBuilder.Sql(@"CREATE VIEW organization.rpt_organization_sites_v1 AS SELECT ""Id"" AS ""SiteId"", ""Code"", ""Name"", ""Level"", ""Kind"", ""ParentId"", ""PointKind"", ""IsRural"", ""IsDisadvantagedArea"" FROM organization.org_sites");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW organization.rpt_organization_sites_v1");
            migrationBuilder.DropColumn(
                name: "IsDisadvantagedArea",
                schema: "organization",
                table: "org_sites");
        }
    }
}
