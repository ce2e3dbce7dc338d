using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Tests;

public sealed class DemoSeedTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_the_demo_network_When_seed_demo_runs_twice_Then_thousands_of_records_with_copies_are_added_once(string provider)
    {
        var api = await apis.For(provider);

        for (var run = 0; run < 2; run++) await Opac.OpacTestData.SeedDemoCatalogueAsync(api);

        using var check = api.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<CatalogDbContext>();
        (await db.Records.CountAsync()).ShouldBe(3000);
        (await db.Copies.CountAsync()).ShouldBeGreaterThan(3000);
        (await db.Records.CountAsync(r => r.IsLocalStudies)).ShouldBe(150);
        (await db.CopyRowsV1.Select(r => r.SiteId).Distinct().CountAsync()).ShouldBeGreaterThan(5);
        (await db.Headings.AnyAsync(h => h.Key == "nguyễn du")).ShouldBeTrue();
    }
}
