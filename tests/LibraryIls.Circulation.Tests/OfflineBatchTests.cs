using System.Net;
using System.Text.Json;
using LibraryIls.Circulation.Loans;

namespace LibraryIls.Circulation.Tests;

public sealed class OfflineBatchTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_day_recorded_offline_When_uploaded_Then_applied_in_time_order_with_each_refusal_reported(string provider)
    {
        var desk = await DeskScenario.StartAsync(await apis.For(provider), copies: 2);
        var anna = await desk.ReaderWithCardAsync();
        var binh = await desk.ReaderWithCardAsync();
        var morning = desk.Api.Clock.GetUtcNow().AddHours(-6);
        var batch = new
        {
            siteCode = desk.Site,
            transactions = new object[]
            {
                new { kind = "Return", at = morning.AddHours(2), registrationNumber = desk.Copies[0], cardNumber = (string?)null },
                new { kind = "CheckOut", at = morning, registrationNumber = desk.Copies[0], cardNumber = anna },
                new { kind = "CheckOut", at = morning.AddMinutes(5), registrationNumber = desk.Copies[1], cardNumber = "THE-KHONG-CO" },
                new { kind = "CheckOut", at = morning.AddHours(3), registrationNumber = desk.Copies[0], cardNumber = binh },
                new { kind = "CheckOut", at = morning.AddHours(4), registrationNumber = desk.Copies[0], cardNumber = anna },
                new { kind = "Renewal", at = morning.AddHours(5), registrationNumber = desk.Copies[0], cardNumber = (string?)null },
                new { kind = "InHouseUse", at = morning.AddHours(5), registrationNumber = desk.Copies[1], cardNumber = (string?)null },
            },
        };
        var response = await desk.Desk.PostAsJsonAsync("/api/circulation/offline-batches", batch);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        results.Select(r => r.GetProperty("applied").GetBoolean()).ShouldBe([true, true, false, true, false, true, true]);
        results[2].GetProperty("code").GetString().ShouldBe("NOT_FOUND");
        results[4].GetProperty("code").GetString().ShouldBe("ITEM_ALREADY_ON_LOAN");

        // Copy 0 is still out on Binh's renewed loan.
        var again = await desk.CheckOutAsync(anna, desk.Copies[0]);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var empty = await desk.Desk.PostAsJsonAsync("/api/circulation/offline-batches", new { siteCode = desk.Site, transactions = Array.Empty<object>() });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var missing = await desk.Desk.PostAsJsonAsync("/api/circulation/offline-batches", new { siteCode = desk.Site, transactions = (object?)null });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await missing.Content.ReadAsStringAsync());
    }
}
