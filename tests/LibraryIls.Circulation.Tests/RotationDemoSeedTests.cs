using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Rotation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Circulation.Tests;

public sealed class RotationDemoSeedTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_the_demo_network_and_catalogue_When_seed_demo_runs_twice_Then_a_year_of_rotation_and_van_trips_is_added_once(string provider)
    {
        var api = await apis.For(provider);
        for (var run = 0; run < 2; run++)
        {
            using var scope = api.Services.CreateScope();
            // The network, the catalogue and rotation; the year of desk loans is not needed for batches and trips.
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order)
                         .Where(s => s is RotationDemoSeeder
                                     || s.GetType().Namespace!.StartsWith("LibraryIls.Organization", StringComparison.Ordinal)
                                     || s.GetType().Namespace!.StartsWith("LibraryIls.Catalog", StringComparison.Ordinal)))
                await seeder.SeedAsync(TextWriter.Null, default);
        }

        using var check = api.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<CirculationDbContext>();
        (await db.RotationBatches.CountAsync()).ShouldBe(6);
        (await db.RotationBatches.CountAsync(b => b.State == RotationState.Closed)).ShouldBeGreaterThanOrEqualTo(3);
        (await db.RotationStages.CountAsync(s => s.State == RotationState.MovedOn)).ShouldBeGreaterThanOrEqualTo(2);
        (await db.RotationCopies.CountAsync(c => c.Outcome == RotationCopyOutcome.Missing)).ShouldBeGreaterThanOrEqualTo(3);
        (await db.RotationUsage.CountAsync()).ShouldBeGreaterThan(20);
        (await db.MobileTrips.CountAsync()).ShouldBe(26);
        var uses = await db.Events.Where(e => e.Kind == CirculationEventKind.RotationUse || e.Kind == CirculationEventKind.MobileUse)
            .GroupBy(e => e.Kind).Select(g => new { g.Key, Count = g.Sum(e => e.Count) }).ToListAsync();
        uses.Single(u => u.Key == CirculationEventKind.RotationUse).Count.ShouldBe(await db.RotationUsage.SumAsync(u => u.ItemUses));
        uses.Single(u => u.Key == CirculationEventKind.MobileUse).Count.ShouldBeGreaterThan(26 * 100);
    }
}
