using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LibraryIls.Catalog.Tests;

/// <summary>No SQL Server runs here, so the script a DBA runs is checked as text.</summary>
public sealed class ReadViewMigrationTests
{
    [Fact]
    public void Given_the_SQL_Server_idempotent_script_When_generated_Then_each_view_is_created_in_its_own_batch()
    {
        using var db = new SqlServerCatalogDesignTimeFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        // CREATE VIEW must start a batch; inside IF … BEGIN … END only EXEC of it is legal.
        script.ShouldContain("EXEC(N'CREATE VIEW [catalog].[rpt_catalog_copies_v1] AS");
        script.ShouldContain("EXEC(N'CREATE VIEW [catalog].[rpt_catalog_records_v1] AS");
        script.Replace("EXEC(N'CREATE VIEW", "", StringComparison.Ordinal).ShouldNotContain("CREATE VIEW");
    }
}
