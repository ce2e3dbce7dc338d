using System.Net;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Visits;

namespace LibraryIls.Patrons.Tests;

public sealed class VisitApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_card_scans_and_a_session_count_When_visits_are_read_Then_they_are_counted_per_day_and_site(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var district = await Desk.SiteAsync(admin, "District");
        var room = await Desk.SiteAsync(admin, "Commune", district, rural: true, kind: "ReadingRoom");
        var desk = await api.StaffAsync("DeskStaff", district);
        var child = await Desk.IssueCardAsync(desk, (await Desk.CreateReaderAsync(desk, Desk.Reader(district, category: "THIEU_NHI"))).Id);
        var today = LibraryIls.BuildingBlocks.Localization.VietnamDate.Today(api.Clock);

        var scan = await (await desk.PostAsJsonAsync("/api/patrons/visits/scans", new { siteCode = room, cardNumber = child.Cards.Single().Number }))
            .ReadAsync<VisitScanResponse>(HttpStatusCode.Created);
        scan.CardIsValid.ShouldBeTrue();
        (await desk.PostAsJsonAsync("/api/patrons/visits/scans", new { siteCode = room, cardNumber = child.Cards.Single().Number }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await desk.PostAsJsonAsync("/api/patrons/visits/counts", new { siteCode = room, date = today.AddDays(-1), count = 37, note = "Buổi đọc sách thiếu nhi" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await desk.PostAsJsonAsync("/api/patrons/visits/counts", new { siteCode = room, date = today.AddDays(-1), count = 0 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await desk.PostAsJsonAsync("/api/patrons/visits/scans", new { siteCode = room, cardNumber = "KHONG-CO-THE" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var daily = await desk.GetFromJsonAsync<List<DailyVisits>>(
            $"/api/patrons/visits/daily?siteCode={room}&from={today.AddDays(-7):yyyy-MM-dd}&to={today:yyyy-MM-dd}", TestJson.Options);
        daily!.Select(d => (d.Date, d.Count)).ShouldBe([(today.AddDays(-1), 37L), (today, 2L)]);

        var rows = await Views.ReadAsync<VisitRowV1>(api, VisitRowV1.ViewName, room);
        rows.OrderBy(r => r.Date).Select(r => (r.Date, r.CategoryCode, r.Count, r.SiteLevel, r.IsRural))
            .ShouldBe([(today.AddDays(-1), (string?)null, 37L, "Commune", true), (today, "THIEU_NHI", 2L, "Commune", true)]);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_desk_of_another_site_When_it_counts_visits_here_Then_403(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        var other = await api.StaffAsync("DeskStaff", await Desk.SiteAsync(admin));
        (await other.PostAsJsonAsync("/api/patrons/visits/counts", new { siteCode = site, date = LibraryIls.BuildingBlocks.Localization.VietnamDate.Today(api.Clock).AddDays(-1), count = 5 }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
