using System.Net;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Privacy;
using LibraryIls.Patrons.Readers;

namespace LibraryIls.Patrons.Tests;

public sealed class PersonalDataApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_reader_When_the_desk_creates_reads_and_changes_the_record_Then_the_admin_sees_who_did_what_and_the_desk_may_not(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        var desk = await api.StaffAsync("DeskStaff", site);
        var request = Desk.Reader(site);
        var reader = await Desk.CreateReaderAsync(desk, request);
        (await desk.GetAsync($"/api/patrons/readers/{reader.Id}")).EnsureSuccessStatusCode();
        (await desk.PutAsJsonAsync($"/api/patrons/readers/{reader.Id}", request with { Phone = "0987654321", Email = "ban.doc@example.vn" }))
            .EnsureSuccessStatusCode();
        await Desk.IssueCardAsync(desk, reader.Id);

        (await desk.GetAsync($"/api/patrons/readers/{reader.Id}/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var trail = await (await admin.GetAsync($"/api/patrons/readers/{reader.Id}/audit")).ReadAsync<List<AuditResponse>>();

        trail.Select(a => a.Action).ShouldBe(["Created", "Read", "Changed", "CardIssued"]);
        trail.ShouldAllBe(a => a.Actor.StartsWith("deskstaff."));
        trail.Single(a => a.Action == "Changed").Detail!.Split(',').Order().ShouldBe(["Email", "Phone"]);
        trail.ShouldNotContain(a => a.Detail != null && a.Detail.Contains("0987654321"));
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_reader_with_cards_and_visits_When_the_data_is_exported_then_erased_Then_the_statistics_are_unchanged_and_no_personal_data_is_left(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin, "Commune", rural: true);
        var desk = await api.StaffAsync("DeskStaff", site);
        var citizenId = Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var photo = Convert.ToBase64String([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]);
        var request = Desk.Reader(site, citizenId: citizenId) with { PhotoBase64 = photo };
        var reader = await Desk.IssueCardAsync(desk, (await Desk.CreateReaderAsync(desk, request)).Id);
        var number = reader.Cards.Single().Number;
        (await desk.PostAsJsonAsync($"/api/patrons/cards/{number}/renewals", new { })).EnsureSuccessStatusCode();
        (await desk.PostAsJsonAsync("/api/patrons/visits/scans", new { siteCode = site, cardNumber = number })).EnsureSuccessStatusCode();
        var cardsBefore = await Views.ReadAsync<CardEventRowV1>(api, CardEventRowV1.ViewName, site);
        var visitsBefore = await Views.ReadAsync<VisitRowV1>(api, VisitRowV1.ViewName, site);

        var export = await (await desk.GetAsync($"/api/patrons/readers/{reader.Id}/export")).ReadAsync<ReaderExport>();
        export.Reader.CitizenId.ShouldBe(citizenId);
        export.PhotoBase64.ShouldBe(photo);
        export.Reader.Cards.Single().Number.ShouldBe(number);
        export.Processing.Select(p => p.Action).ShouldContain("CardRenewed");

        (await desk.PostAsync($"/api/patrons/readers/{reader.Id}/erasure", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.PostAsync($"/api/patrons/readers/{reader.Id}/erasure", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var erased = await (await admin.GetAsync($"/api/patrons/readers/{reader.Id}")).ReadAsync<ReaderResponse>();
        erased.FullName.ShouldNotBe(request.FullName);
        (erased.CitizenId, erased.Phone, erased.Address, erased.Commune, erased.DateOfBirth).ShouldBe((null, null, null, null, (DateOnly?)null));
        erased.ErasedAtUtc.ShouldNotBeNull();
        erased.HasPhoto.ShouldBeFalse();
        erased.Cards.Single().State.ShouldBe(CardState.Cancelled);
        (await Views.ReadAsync<CardEventRowV1>(api, CardEventRowV1.ViewName, site)).ShouldBe(cardsBefore);
        (await Views.ReadAsync<VisitRowV1>(api, VisitRowV1.ViewName, site)).ShouldBe(visitsBefore);
        (await admin.GetFromJsonAsync<List<ReaderSummary>>($"/api/patrons/readers?q={citizenId}", TestJson.Options)).ShouldBeEmpty();
        // The same person may register again: the erased record no longer matches.
        (await desk.PostAsJsonAsync("/api/patrons/readers", request)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostAsync($"/api/patrons/readers/{reader.Id}/erasure", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var trail = await (await admin.GetAsync($"/api/patrons/readers/{reader.Id}/audit")).ReadAsync<List<AuditResponse>>();
        trail.Select(a => a.Action).ShouldContain("Erased");
    }
}
