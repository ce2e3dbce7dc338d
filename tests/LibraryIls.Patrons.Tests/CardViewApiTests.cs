using LibraryIls.Patrons.Contracts;

namespace LibraryIls.Patrons.Tests;

public sealed class CardViewApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_cards_issued_renewed_and_replaced_When_the_cards_view_is_read_Then_each_event_has_site_level_rural_flag_and_category(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var district = await Desk.SiteAsync(admin, "District");
        var commune = await Desk.SiteAsync(admin, "Commune", district, rural: true);
        var desk = await api.StaffAsync("DeskStaff", commune);
        var pupil = await Desk.IssueCardAsync(desk, (await Desk.CreateReaderAsync(desk, Desk.Reader(commune, category: "HOC_SINH"))).Id);
        var number = pupil.Cards.Single().Number;
        (await desk.PostAsJsonAsync($"/api/patrons/cards/{number}/renewals", new { })).EnsureSuccessStatusCode();
        (await desk.PostAsJsonAsync($"/api/patrons/cards/{number}/replacement", new { reason = "Mất thẻ" })).EnsureSuccessStatusCode();
        (await desk.PostAsJsonAsync($"/api/patrons/cards/{number}/block", new { reason = "không tính" })).StatusCode
            .ShouldBe(System.Net.HttpStatusCode.Conflict);

        var rows = await Views.ReadAsync<CardEventRowV1>(api, CardEventRowV1.ViewName, commune);

        rows.OrderBy(r => r.OccurredAtUtc).Select(r => r.Kind).ShouldBe(["Issued", "Renewed", "Replaced"]);
        rows.ShouldAllBe(r => r.SiteLevel == "Commune" && r.IsRural && r.CategoryCode == "HOC_SINH");
        var today = LibraryIls.BuildingBlocks.Localization.VietnamDate.Today(api.Clock);
        rows.ShouldAllBe(r => r.Date == today);
    }
}
