using System.Net;
using System.Text.Json;

namespace LibraryIls.Circulation.Tests;

/// <summary>Moves the clock, so it has a test host of its own.</summary>
public sealed class HoldExpiryTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_hold_not_collected_in_time_When_holds_expire_Then_the_copy_passes_to_the_next_reader(string provider)
    {
        var api = await apis.For(provider);
        var desk = await DeskScenario.StartAsync(api, copies: 1);
        var borrower = await desk.ReaderWithCardAsync();
        var slow = await desk.ReaderWithCardAsync();
        var next = await desk.ReaderWithCardAsync();
        (await desk.CheckOutAsync(borrower, desk.Copies[0])).StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var reader in new[] { slow, next })
            (await desk.Desk.PostAsJsonAsync("/api/circulation/holds", new { cardNumber = reader, registrationNumber = desk.Copies[0], pickupSiteCode = desk.Site, siteCode = desk.Site }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await desk.ReturnAsync(desk.Copies[0])).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await api.AdminAsync();
        (await (await admin.PostAsync("/api/circulation/hold-expiry", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("expired").GetInt32().ShouldBe(0);

        api.Clock.Advance(TimeSpan.FromDays(9)); // past the 7 pickup days
        admin = await api.AdminAsync();
        var result = await (await admin.PostAsync("/api/circulation/hold-expiry", null)).Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("expired").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        var queue = await admin.GetFromJsonAsync<JsonElement>($"/api/circulation/holds?recordId={desk.RecordId}");
        queue.GetArrayLength().ShouldBe(1);
        queue[0].GetProperty("status").GetString().ShouldBe("ReadyForPickup");
    }
}
