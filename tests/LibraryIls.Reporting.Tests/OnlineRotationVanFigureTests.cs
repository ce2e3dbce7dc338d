namespace LibraryIls.Reporting.Tests;

/// <summary>
/// The figures that come from the views rpt_opac_accesses_v1 (Catalog), rpt_rotation_batches_v1, rpt_rotation_usage_v1
/// and rpt_mobile_van_stops_v1 (Circulation) — written into those modules' real tables by the writers in
/// Testing/ReportingData/DerivedViews — and those that add them in (visits by channel, ISO visits, visits per inhabitant).
/// </summary>
public sealed class OnlineRotationVanFigureTests(GeneratedYearsFixture fixture) : IClassFixture<GeneratedYearsFixture>
{
    public static readonly string[] Figures =
    [
        "online.total", "online.searches", "online.recordViews",
        "rotation.batches", "rotation.copies", "rotation.points", "rotation.ruralPoints", "rotation.readers", "rotation.itemUses",
        "van.trips", "van.stops", "van.readers", "van.items",
        "visits.total", "visits.mobileVan", "visits.rotationPoints", "visits.online",
        "iso.visits", "iso.searches", "iso.recordViews", "de329.visitsPerInhabitant",
    ];

    private static ExpectedFigures Count(GeneratedYears data, int year, IReadOnlySet<Guid>? scope, IReadOnlyList<EnteredInput> inputs)
    {
        var expected = ExpectedFigures.Count(data, year, scope, inputs);
        var population = expected.Total("input.population.total");
        expected.CountOnlineRotationAndVan(data, year, scope, population > 0 ? population : null);
        return expected;
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_accesses_rotation_and_van_trips_When_the_network_report_is_asked_Then_their_figures_are_the_ones_counted(string provider)
    {
        var (api, data) = await fixture.For(provider);
        var admin = await api.AdminAsync();
        var inputs = ReportingApi.Inputs(data.Network);
        await admin.EnterInputsAsync(inputs);

        var report = await admin.AnnualAsync(2025);

        report.Notes.ShouldBeEmpty();
        report.ShouldMatch(Count(data, 2025, null, inputs), Count(data, 2024, null, inputs), Figures);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_accesses_rotation_and_van_trips_When_a_district_is_asked_Then_only_its_sites_are_counted(string provider)
    {
        var (api, data) = await fixture.For(provider);
        var admin = await api.AdminAsync();
        var inputs = ReportingApi.Inputs(data.Network);
        await admin.EnterInputsAsync(inputs);
        var subtree = data.Network.Subtree(data.Network.District2);

        var report = await admin.AnnualAsync(2025, data.Network.District2);

        report.ShouldMatch(Count(data, 2025, subtree, inputs), Count(data, 2024, subtree, inputs), Figures);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_rotation_reports_When_items_and_visits_are_counted_Then_rotation_uses_are_not_loans_and_online_is_not_an_iso_visit(string provider)
    {
        var (api, _) = await fixture.For(provider);
        var report = await (await api.AdminAsync()).AnnualAsync(2025);

        decimal Total(string code) => report.Find(code)!.Total.Current!.Value;
        Total("visits.total").ShouldBe(Total("visits.onSite") + Total("visits.mobileVan") + Total("visits.rotationPoints") + Total("visits.online"));
        Total("iso.visits").ShouldBe(Total("visits.onSite") + Total("visits.mobileVan"));
        Total("visits.online").ShouldBe(Total("iso.searches") + Total("iso.recordViews"));
        report.Find("visits.total")!.Breakdowns["channel"].Select(c => c.Key)
            .ShouldBe(["visits.mobileVan", "visits.onSite", "visits.online", "visits.rotationPoints"], ignoreOrder: true);
    }
}
