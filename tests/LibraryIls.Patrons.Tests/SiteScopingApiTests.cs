using System.Net;
using LibraryIls.Patrons.Readers;

namespace LibraryIls.Patrons.Tests;

public sealed class SiteScopingApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_two_communes_When_one_commune_desk_reads_the_other_communes_reader_Then_403(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var district = await Desk.SiteAsync(admin, "District");
        var communeA = await Desk.SiteAsync(admin, "Commune", district, rural: true);
        var communeB = await Desk.SiteAsync(admin, "Commune", district, rural: true);
        var deskA = await api.StaffAsync("DeskStaff", communeA);
        var deskB = await api.StaffAsync("DeskStaff", communeB);
        var districtDesk = await api.StaffAsync("DeskStaff", district);
        var readerB = await Desk.IssueCardAsync(deskB, (await Desk.CreateReaderAsync(deskB, Desk.Reader(communeB))).Id);

        (await deskA.GetAsync($"/api/patrons/readers/{readerB.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await deskA.PostAsJsonAsync($"/api/patrons/cards/{readerB.Cards.Single().Number}/block", new { reason = "thử" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await deskA.PostAsJsonAsync("/api/patrons/readers", Desk.Reader(communeB))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var listedForA = await deskA.GetFromJsonAsync<List<ReaderSummary>>($"/api/patrons/readers?q={Uri.EscapeDataString(readerB.FullName)}", TestJson.Options);
        listedForA.ShouldBeEmpty();

        // The district library serves its communes.
        (await districtDesk.GetAsync($"/api/patrons/readers/{readerB.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var listedForB = await deskB.GetFromJsonAsync<List<ReaderSummary>>($"/api/patrons/readers?q={Uri.EscapeDataString(readerB.FullName)}", TestJson.Options);
        listedForB!.Single().Id.ShouldBe(readerB.Id);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_manager_When_creating_a_reader_Then_403_but_reading_is_allowed(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        var manager = await api.StaffAsync("Manager", site);
        var reader = await Desk.CreateReaderAsync(admin, Desk.Reader(site));
        (await manager.PostAsJsonAsync("/api/patrons/readers", Desk.Reader(site))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.GetAsync($"/api/patrons/readers/{reader.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
