using System.Net;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Readers;

namespace LibraryIls.Patrons.Tests;

public sealed class CardLifeCycleApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_reader_When_a_card_is_issued_renewed_lost_blocked_and_unblocked_Then_each_step_keeps_one_valid_card(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        (await admin.PutAsJsonAsync($"/api/patrons/card-number-patterns/{site}", new { pattern = "{SITE}-{YYYY}-{SEQ:5}" }))
            .EnsureSuccessStatusCode();
        var desk = await api.StaffAsync("DeskStaff", site);
        var reader = await Desk.CreateReaderAsync(desk, Desk.Reader(site));

        var issued = await Desk.IssueCardAsync(desk, reader.Id);
        var first = issued.Cards.Single();
        first.Number.ShouldBe($"{site}-{LibraryIls.BuildingBlocks.Localization.VietnamDate.Today(api.Clock).Year}-00001");
        first.State.ShouldBe(CardState.Valid);
        first.ValidUntil.ShouldBeGreaterThan(LibraryIls.BuildingBlocks.Localization.VietnamDate.Today(api.Clock).AddMonths(23));

        var qr = await desk.GetAsync($"/api/patrons/cards/{first.Number}/qr");
        qr.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await qr.Content.ReadAsByteArrayAsync())[..4].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });

        var second = await desk.PostAsJsonAsync($"/api/patrons/readers/{reader.Id}/cards", new { });
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).ShouldContain("READER_HAS_CARD");

        var renewed = await (await desk.PostAsJsonAsync($"/api/patrons/cards/{first.Number}/renewals", new { })).ReadAsync<ReaderResponse>();
        renewed.Cards.Single().ValidUntil.ShouldBe(first.ValidUntil.AddMonths(24));

        var replaced = await (await desk.PostAsJsonAsync($"/api/patrons/cards/{first.Number}/replacement",
            new { reason = "Bạn đọc báo mất thẻ" })).ReadAsync<ReaderResponse>();
        replaced.Cards.Count.ShouldBe(2);
        var old = replaced.Cards.Single(c => c.Number == first.Number);
        old.State.ShouldBe(CardState.Replaced);
        var current = replaced.Cards.Single(c => c.State == CardState.Valid);
        old.ReplacedBy.ShouldBe(current.Number);
        current.ValidUntil.ShouldBe(renewed.Cards.Single().ValidUntil);

        var oldStatus = await (await desk.GetAsync($"/api/patrons/cards/{first.Number}")).ReadAsync<ReaderCardStatus>();
        oldStatus.IsValid.ShouldBeFalse();
        (await desk.PostAsJsonAsync($"/api/patrons/cards/{first.Number}/renewals", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var blocked = await (await desk.PostAsJsonAsync($"/api/patrons/cards/{current.Number}/block",
            new { reason = "Nợ sách quá hạn" })).ReadAsync<ReaderResponse>();
        blocked.Cards.Single(c => c.Number == current.Number).BlockReason.ShouldBe("Nợ sách quá hạn");
        var status = await (await desk.GetAsync($"/api/patrons/cards/{current.Number}")).ReadAsync<ReaderCardStatus>();
        status.State.ShouldBe(CardState.Blocked);
        status.BlockReason.ShouldBe("Nợ sách quá hạn");
        status.CategoryCode.ShouldBe("NGUOI_LON");
        status.CirculationProfile.ShouldBe("ADULT");

        var unblocked = await (await desk.PostAsJsonAsync($"/api/patrons/cards/{current.Number}/unblock", new { })).ReadAsync<ReaderResponse>();
        unblocked.Cards.Single(c => c.Number == current.Number).State.ShouldBe(CardState.Valid);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_block_without_reason_When_posted_Then_400(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        var reader = await Desk.IssueCardAsync(admin, (await Desk.CreateReaderAsync(admin, Desk.Reader(site))).Id);
        var response = await admin.PostAsJsonAsync($"/api/patrons/cards/{reader.Cards.Single().Number}/block", new { reason = "" });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
