using System.Net;
using LibraryIls.Reporting.Annual;

namespace LibraryIls.Reporting.Tests;

/// <summary>
/// Two years of a province's work entered through the API (visit counts at an urban and a rural site, van trips with a
/// stop at a commune and at named places): the van's figures are the van's, at its site and level, in one report
/// agreeing with itself, and every visit falls in its own area.
/// </summary>
public sealed class VanAndAreaFigureTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_van_trips_and_visits_in_two_years_When_the_report_is_asked_Then_the_van_counts_at_its_level_and_visits_in_their_areas(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var (province, commune, van) = (Unique.Code("T"), Unique.Code("X"), Unique.Code("XE"));
        foreach (var site in new object[]
                 {
                     new { code = province, name = "Thư viện tỉnh", level = "Province", kind = "Library", isRural = false },
                     new { code = commune, name = "Thư viện xã Phú Quới", level = "Commune", kind = "Library", parentCode = province, isRural = true },
                     new { code = van, name = "Xe thư viện lưu động", level = "Province", kind = "MobileVan", parentCode = province },
                 })
            (await admin.PostAsJsonAsync("/api/organization/sites", site)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var desk = await api.StaffAsync("DeskStaff", province);
        foreach (var (site, date, count) in new[]
                 {
                     (province, new DateOnly(2024, 4, 2), 30), (commune, new DateOnly(2024, 4, 2), 10),
                     (province, new DateOnly(2025, 4, 2), 40), (commune, new DateOnly(2025, 4, 2), 25),
                 })
            (await desk.PostAsJsonAsync("/api/patrons/visits/counts", new { siteCode = site, date, count })).EnsureSuccessStatusCode();
        foreach (var (date, stops) in new (DateOnly, object[])[]
                 {
                     (new DateOnly(2024, 5, 12), [new { siteCode = commune, readersServed = 20, itemsUsed = 50 },
                         new { placeName = "Ấp Phú Thạnh", isRural = true, readersServed = 5, itemsUsed = 7 }]),
                     (new DateOnly(2025, 5, 12), [new { siteCode = commune, readersServed = 30, itemsUsed = 60 },
                         new { placeName = "Phường 1", isRural = false, readersServed = 12, itemsUsed = 20 }]),
                 })
        {
            var trip = await desk.PostAsJsonAsync("/api/circulation/mobile-trips", new { vanSiteCode = van, date, stockTaken = 800, staffOnBoard = new[] { "Trần Thị Mai" }, stops });
            trip.StatusCode.ShouldBe(HttpStatusCode.Created, await trip.Content.ReadAsStringAsync());
        }

        var report = await admin.AnnualAsync(2025, province);

        Figure Of(string code, string dimension, string key) =>
            report.Find(code)!.Breakdowns[dimension].SingleOrDefault(r => r.Key == key)?.Figure ?? Figure.Of(0, 0);
        IEnumerable<string> Keys(string code, string dimension) =>
            report.Find(code)!.Breakdowns[dimension].Where(r => r.Figure.Current != 0 || r.Figure.Previous != 0).Select(r => r.Key);

        // The van's readers: 42 against 25, +68 %, all at the van's level (the province), none at the commune it stopped at.
        report.Find("van.readers")!.Total.ShouldBe(new Figure(42, 25, 17, 68m));
        Keys("van.readers", "level").ShouldBe(["Province"]);
        Keys("visits.mobileVan", "level").ShouldBe(["Province"]);
        // Its items used say the same in the van's section and in items served.
        report.Find("items.mobile")!.Total.ShouldBe(new Figure(80, 57, 23, 40.35m));
        report.Find("van.items")!.Total.ShouldBe(report.Find("items.mobile")!.Total);
        Of("items.mobile", "level", "Province").ShouldBe(Of("van.items", "level", "Province"));
        // Where it stopped is a breakdown of its own.
        var communeId = report.Find("van.stops")!.Breakdowns["stop"].Single(r => r.Label.StartsWith(commune, StringComparison.Ordinal)).Key;
        Keys("van.stops", "stop").ShouldBe([communeId, "Phường 1", "Ấp Phú Thạnh"], ignoreOrder: true);
        Of("van.items", "stop", "Phường 1").ShouldBe(Figure.Of(20, 0));

        // Visits by area: on site the site's, at the van the stop's.
        Of("visits.onSite", "rural", "true").ShouldBe(new Figure(25, 10, 15, 150m));
        Of("visits.onSite", "rural", "false").ShouldBe(new Figure(40, 30, 10, 33.33m));
        Of("van.readers", "rural", "true").ShouldBe(new Figure(30, 25, 5, 20m));
        Of("van.readers", "rural", "false").ShouldBe(Figure.Of(12, 0));
        Of("visits.total", "rural", "true").ShouldBe(new Figure(55, 35, 20, 57.14m));
        Of("visits.total", "rural", "false").ShouldBe(new Figure(52, 30, 22, 73.33m));
        Keys("visits.total", "rural").ShouldBe(["true", "false"], ignoreOrder: true);
    }
}
