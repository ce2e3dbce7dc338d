using System.Net;

namespace LibraryIls.Reporting.Tests;

/// <summary>A district manager sees their district's subtree and nothing else; an Admin sees everything.</summary>
public sealed class ScopingTests(GeneratedYearsFixture fixture) : IClassFixture<GeneratedYearsFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_district_manager_When_reports_outside_the_district_are_asked_Then_the_answer_is_403(string provider)
    {
        var (api, data) = await fixture.For(provider);
        var manager = await api.StaffAsync("Manager", data.Network.District1);

        foreach (var url in new[]
                 {
                     $"/api/reporting/annual/2025?site={data.Network.Province}", $"/api/reporting/annual/2025?site={data.Network.District2}",
                     $"/api/reporting/period?from=2025-01-01&to=2025-03-31&site={data.Network.Province}&format=xlsx",
                 })
            (await manager.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        var input = await manager.PutAsJsonAsync("/api/reporting/inputs/2025", new { siteCode = data.Network.District2, values = new Dictionary<string, decimal> { ["digitisation.pages"] = 1 } });
        input.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var snapshot = await manager.PostAsJsonAsync("/api/reporting/snapshots", new { year = 2025 });
        snapshot.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_district_manager_When_their_report_is_asked_Then_it_counts_their_subtree_only(string provider)
    {
        var (api, data) = await fixture.For(provider);
        var manager = await api.StaffAsync("Manager", data.Network.District1);
        var admin = await api.AdminAsync();

        var own = await manager.AnnualAsync(2025, data.Network.District1);
        var unnamed = await manager.AnnualAsync(2025);
        var network = await admin.AnnualAsync(2025);

        var subtree = data.Network.Subtree(data.Network.District1);
        static DateTime Vietnam(DateTime utc) => utc.AddHours(7);
        var loans = data.Events.Count(e => e.Kind == "CheckOut" && Vietnam(e.OccurredAtUtc).Year == 2025 && subtree.Contains(e.SiteId));
        own.Find("items.loans")!.Total.Current.ShouldBe(loans);
        unnamed.Find("items.loans")!.Total.Current.ShouldBe(loans);
        network.Find("items.loans")!.Total.Current!.Value.ShouldBeGreaterThan(loans);
        own.Find("items.loans")!.Breakdowns["site"].Select(s => Guid.Parse(s.Key)).ShouldAllBe(s => subtree.Contains(s));
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_manager_bound_to_the_root_of_the_network_When_the_report_and_a_snapshot_are_asked_Then_they_are_the_networks(string provider)
    {
        var (api, data) = await fixture.For(provider);
        var manager = await api.StaffAsync("Manager", data.Network.Province);
        var admin = await api.AdminAsync();

        var own = await manager.AnnualAsync(2025);
        var network = await admin.AnnualAsync(2025);

        own.Notes.ShouldBe(network.Notes, "no note that records catalogued are left out");
        own.Find("records.catalogued")!.Total.ShouldBe(network.Find("records.catalogued")!.Total);
        own.Find("online.total")!.Total.ShouldBe(network.Find("online.total")!.Total, "OPAC accesses with no site count too");
        own.Find("items.loans")!.Total.ShouldBe(network.Find("items.loans")!.Total);
        var snapshot = await manager.PostAsJsonAsync("/api/reporting/snapshots", new { year = 2025, description = "Báo cáo toàn mạng lưới" });
        snapshot.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await manager.GetAsync(snapshot.Headers.Location)).StatusCode.ShouldBe(HttpStatusCode.OK, "and may read it back");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_desk_staff_or_no_token_When_a_report_is_asked_Then_the_answer_is_403_or_401(string provider)
    {
        var (api, data) = await fixture.For(provider);
        var desk = await api.StaffAsync("DeskStaff", data.Network.Province);

        (await desk.GetAsync("/api/reporting/annual/2025")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.Anonymous().GetAsync("/api/reporting/annual/2025")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
