using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>
/// A committing batch analyses the catalogue's tables on PostgreSQL once it has added as many records as the catalogue held
/// at the last analysis (at least 1,000), and not before; on SQLite it leaves the statistics alone.
/// </summary>
public sealed class PlannerStatisticsTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_batch_adding_records_When_it_has_added_as_many_as_the_catalogue_held_Then_the_tables_are_analysed_then_only(string provider)
    {
        var api = await apis.For(provider);
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var held = Math.Max(1000, await db.Records.LongCountAsync());
        var statistics = new PlannerStatistics(db);
        var before = await AnalysedAsync(db, provider);

        await statistics.RefreshWhenGrownAsync(0, default);
        await statistics.RefreshWhenGrownAsync(held - 1, default);
        var early = await AnalysedAsync(db, provider);
        await statistics.RefreshWhenGrownAsync(held, default);
        var grown = await AnalysedAsync(db, provider);
        await statistics.RefreshWhenGrownAsync(held + 1, default);

        early.ShouldBe(before, "not before the batch has added as many records as the catalogue held");
        if (provider == TestDatabases.Postgres)
        {
            grown.ShouldNotBe(before);
            (await AnalysedAsync(db, provider)).ShouldBe(grown, "the next analysis waits until the catalogue has doubled again");
        }
        else grown.ShouldBe(before, "SQLite keeps no statistics unless asked, and the import does not ask");
    }

    /// <summary>When the headings were last analysed by hand (PostgreSQL), or whether SQLite holds statistics at all.</summary>
    private static async Task<string> AnalysedAsync(CatalogDbContext db, string provider)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = provider == TestDatabases.Postgres
            ? "SELECT coalesce(last_analyze::text, '') FROM pg_stat_user_tables WHERE relname = 'cat_record_headings'"
            : "SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
