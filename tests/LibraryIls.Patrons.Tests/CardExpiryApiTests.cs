using System.Text;
using LibraryIls.Patrons.Cards;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Import;
using LibraryIls.Patrons.Readers;

namespace LibraryIls.Patrons.Tests;

public sealed class CardExpiryApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_card_past_its_end_date_When_expiry_runs_Then_it_is_expired_counted_once_and_can_be_renewed(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        var s = Guid.NewGuid().ToString("N")[..6];
        // A legacy card that ran out last year: the old system never expired it.
        var csv = $"ten,ngay sinh,so the,han the\nĐinh Văn Lực {s},05/05/1975,IL-{s},31/12/2020\n";
        var imported = await (await admin.PostAsJsonAsync("/api/patrons/imports", new ImportRequest("csv",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(csv)), site, "ilib",
            new() { ["fullName"] = "ten", ["dateOfBirth"] = "ngay sinh", ["cardNumber"] = "so the", ["cardValidUntil"] = "han the" },
            "NGUOI_LON"))).ReadAsync<ImportResult>();
        imported.Accepted.ShouldBe(1);
        // Before the nightly job the card is already refused for lending.
        (await admin.GetFromJsonAsync<ReaderCardStatus>($"/api/patrons/cards/IL-{s}", TestJson.Options))!.IsValid.ShouldBeFalse();
        (await Views.ReadAsync<CardEventRowV1>(api, CardEventRowV1.ViewName, site)).ShouldBeEmpty();

        var first = await (await admin.PostAsync("/api/patrons/card-expiry", null)).ReadAsync<CardExpiryResponse>();
        var second = await (await admin.PostAsync("/api/patrons/card-expiry", null)).ReadAsync<CardExpiryResponse>();

        first.Expired.ShouldBeGreaterThanOrEqualTo(1);
        second.Expired.ShouldBe(0);
        var status = await admin.GetFromJsonAsync<ReaderCardStatus>($"/api/patrons/cards/IL-{s}", TestJson.Options);
        status!.State.ShouldBe(CardState.Expired);
        status.IsValid.ShouldBeFalse();
        (await Views.ReadAsync<CardEventRowV1>(api, CardEventRowV1.ViewName, site)).Single().Kind.ShouldBe("Expired");

        var renewed = await (await admin.PostAsJsonAsync($"/api/patrons/cards/IL-{s}/renewals", new { })).ReadAsync<ReaderResponse>();
        renewed.Cards.Single().State.ShouldBe(CardState.Valid);
        renewed.Cards.Single().ValidUntil.ShouldBeGreaterThan(LibraryIls.BuildingBlocks.Localization.VietnamDate.Today(api.Clock).AddMonths(23));
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_the_api_started_When_the_job_store_is_read_Then_the_nightly_expiry_trigger_is_there_once(string provider)
    {
        var api = await apis.For(provider);
        (await Views.CountTriggersAsync(api, "patrons.expire-cards")).ShouldBe(1);
    }
}
