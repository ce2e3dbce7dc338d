using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Organization.Data.Migrations.SqlServer
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
                type: "bit",
                nullable: false,
                defaultValue: false);
            // Published read view for Reporting (row shape: Organization.Contracts.SiteRowV1); it only gains columns.
            // EXEC: in an idempotent script each step sits inside IF … BEGIN … END, where CREATE VIEW may not stand.
            migrationBuilder.Sql(@"EXEC(N'CREATE VIEW [organization].[rpt_organization_sites_v1] AS SELECT [Id] AS [SiteId], [Code], [Name], [Level], [Kind], [ParentId], [PointKind], [IsRural], [IsDisadvantagedArea] FROM [organization].[org_sites]')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW [organization].[rpt_organization_sites_v1]");
            migrationBuilder.DropColumn(
                name: "IsDisadvantagedArea",
                schema: "organization",
                table: "org_sites");
        }
    }
}
