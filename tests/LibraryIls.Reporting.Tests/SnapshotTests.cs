using System.Net;
using LibraryIls.BuildingBlocks.Jobs;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Reporting.Snapshots;
using LibraryIls.Testing.ReportingData;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Reporting.Tests;

/// <summary>What went to the ministry stays what it was: later data changes make a new version, never a changed one.</summary>
public sealed class SnapshotTests(GeneratedYearsFixture fixture) : IClassFixture<GeneratedYearsFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_published_snapshot_When_events_are_added_Then_it_keeps_its_figures_and_a_rerun_is_a_new_version(string provider)
    {
        var (api, data) = await fixture.For(provider);
        var admin = await api.AdminAsync();
        var first = await Take(admin, 2025);
        var before = await Get(admin, first.Id);
        var loans = before.Report.Find("items.loans")!.Total.Current!.Value;
        var events = before.Snapshot.Sources.Single(s => s.View == CirculationEventRowV1.ViewName);

        var site = data.Network.Site(data.Network.Province);
        var late = Enumerable.Range(0, 7).Select(i => new CirculationEventRowV1(0, "CheckOut", new DateTime(2025, 6, 1 + i, 3, 0, 0, DateTimeKind.Utc),
            site.Id, site.Level, null, "SACH", "800", "NGUOI_LON", 1));
        await new CirculationEventsWriter().WriteAsync(GeneratedYears.Writer(api), late);

        (await admin.AnnualAsync(2025)).Find("items.loans")!.Total.Current.ShouldBe(loans + 7);
        var after = await Get(admin, first.Id);
        after.Report.Find("items.loans")!.Total.Current.ShouldBe(loans);
        after.Snapshot.ShouldBeEquivalentTo(before.Snapshot);
        var second = await Take(admin, 2025);
        second.Version.ShouldBe(first.Version + 1);
        (await Get(admin, second.Id)).Report.Find("items.loans")!.Total.Current.ShouldBe(loans + 7);
        second.Sources.Single(s => s.View == CirculationEventRowV1.ViewName).Rows.ShouldBe(events.Rows + 7);
        events.Rows.ShouldBe(data.Events.Count);

        var listed = await admin.GetFromJsonAsync<List<SnapshotSummary>>("/api/reporting/snapshots?year=2025", TestJson.Options);
        listed!.Where(s => s.ScopeSiteCode == null).Select(s => s.Version).ShouldContain(first.Version);
        listed!.Where(s => s.ScopeSiteCode == null).Select(s => s.Version).ShouldContain(second.Version);
        var xlsx = await admin.GetAsync($"/api/reporting/snapshots/{first.Id}?format=xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"bao-cao-thong-ke-2025-v{first.Version}.xlsx");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_the_scheduled_job_When_it_runs_Then_last_year_is_stored_for_the_whole_network(string provider)
    {
        var (api, _) = await fixture.For(provider);
        api.Services.GetServices<ScheduledJobDefinition>().Single(j => j.Name == "reporting-annual-snapshot").Cron.ShouldBe("0 0 1 1 1 ?");

        using (var scope = api.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<AnnualSnapshotJob>().RunAsync(default);

        var lastYear = TimeZoneInfo.ConvertTime(api.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).Year - 1;
        var listed = await (await api.AdminAsync()).GetFromJsonAsync<List<SnapshotSummary>>($"/api/reporting/snapshots?year={lastYear}", TestJson.Options);
        listed!.ShouldContain(s => s.Trigger == "schedule" && s.ScopeSiteCode == null && s.CreatedBy == "system");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_district_snapshot_When_managers_read_the_list_Then_each_sees_only_their_subtrees(string provider)
    {
        var (api, data) = await fixture.For(provider);
        var manager = await api.StaffAsync("Manager", data.Network.District1);
        var mine = await manager.PostAsJsonAsync("/api/reporting/snapshots", new { year = 2024, siteCode = data.Network.District1, description = "Báo cáo huyện" });
        mine.StatusCode.ShouldBe(HttpStatusCode.Created);
        await Take(await api.AdminAsync(), 2024);

        var listed = await manager.GetFromJsonAsync<List<SnapshotSummary>>("/api/reporting/snapshots?year=2024", TestJson.Options);

        listed!.ShouldNotBeEmpty();
        listed!.ShouldAllBe(s => s.ScopeSiteCode == data.Network.District1);
        var network = (await (await api.AdminAsync()).GetFromJsonAsync<List<SnapshotSummary>>("/api/reporting/snapshots?year=2024", TestJson.Options))!
            .First(s => s.ScopeSiteCode == null);
        (await manager.GetAsync($"/api/reporting/snapshots/{network.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<SnapshotSummary> Take(HttpClient client, int year)
    {
        var response = await client.PostAsJsonAsync("/api/reporting/snapshots", new { year });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<SnapshotSummary>(TestJson.Options))!;
    }

    private static async Task<SnapshotResponse> Get(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<SnapshotResponse>($"/api/reporting/snapshots/{id}", TestJson.Options))!;
}
