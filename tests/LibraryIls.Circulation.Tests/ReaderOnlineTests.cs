using System.Net;
using System.Net.Http.Headers;
using LibraryIls.Circulation.Loans;

namespace LibraryIls.Circulation.Tests;

/// <summary>A reader signs in with card number and PIN, sees their loans and renews them from home.</summary>
public sealed class ReaderOnlineTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    private const string Pin = "482913";

    private sealed record TokenBody(string AccessToken);

    private static async Task<HttpResponseMessage> SignInAsync(LibraryIlsApi api, string card, string pin) =>
        await api.Anonymous().PostAsJsonAsync("/api/readers/auth/token", new { cardNumber = card, pin });

    private static async Task<HttpClient> ReaderAsync(LibraryIlsApi api, string card)
    {
        var response = await SignInAsync(api, card, Pin);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var client = api.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await response.Content.ReadFromJsonAsync<TokenBody>(TestJson.Options))!.AccessToken);
        return client;
    }

    private static async Task<string> ReaderWithPinAsync(DeskScenario desk)
    {
        var card = await desk.ReaderWithCardAsync();
        (await desk.Desk.PutAsJsonAsync($"/api/patrons/cards/{card}/pin", new { pin = Pin })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return card;
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_reader_with_a_PIN_and_a_loan_When_they_renew_online_Then_the_due_date_moves_and_only_their_own_loans_are_reachable(string provider)
    {
        var api = await apis.For(provider);
        var desk = await DeskScenario.StartAsync(api);
        var card = await ReaderWithPinAsync(desk);
        var other = await ReaderWithPinAsync(desk);
        var mine = (await (await desk.CheckOutAsync(card, desk.Copies[0])).Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
        var theirs = (await (await desk.CheckOutAsync(other, desk.Copies[1])).Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
        api.Clock.Advance(TimeSpan.FromDays(12)); // two days before it is due: the renewal's 7 days run from today
        var reader = await ReaderAsync(api, card);

        var loans = await reader.GetFromJsonAsync<List<LoanResponse>>("/api/readers/me/loans", TestJson.Options);
        loans!.Select(l => l.Id).ShouldBe([mine.Id]);
        var renewed = await reader.PostAsync($"/api/readers/me/loans/{mine.Id}/renewals", null);
        renewed.StatusCode.ShouldBe(HttpStatusCode.OK, await renewed.Content.ReadAsStringAsync());
        var after = (await renewed.Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
        after.Renewals.ShouldBe(1);
        after.DueAt.ShouldBeGreaterThan(mine.DueAt);
        (await reader.PostAsync($"/api/readers/me/loans/{mine.Id}/renewals", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict); // one renewal allowed

        (await reader.PostAsync($"/api/readers/me/loans/{theirs.Id}/renewals", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // A reader's token opens none of the staff endpoints, even those any staff member may call.
        (await reader.GetAsync("/api/circulation/rules")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.GetAsync("/api/organization/sites")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.PostAsync($"/api/circulation/loans/{mine.Id}/renewals", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await api.StaffAsync("DeskStaff", desk.Site)).GetAsync("/api/readers/me/loans")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_five_wrong_PINs_When_the_right_one_follows_Then_sign_in_waits_fifteen_minutes(string provider)
    {
        var api = await apis.For(provider);
        var desk = await DeskScenario.StartAsync(api);
        var card = await ReaderWithPinAsync(desk);

        for (var i = 1; i < 5; i++) (await SignInAsync(api, card, "111222")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SignInAsync(api, card, "111222")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await SignInAsync(api, card, Pin)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        api.Clock.Advance(TimeSpan.FromMinutes(16));
        (await SignInAsync(api, card, Pin)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SignInAsync(api, "KHONG-CO-THE", Pin)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_blocked_card_or_a_weak_PIN_When_tried_Then_409_with_the_reason(string provider)
    {
        var api = await apis.For(provider);
        var desk = await DeskScenario.StartAsync(api);
        var card = await ReaderWithPinAsync(desk);
        var weak = await desk.Desk.PutAsJsonAsync($"/api/patrons/cards/{card}/pin", new { pin = "123456" });
        weak.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await weak.Content.ReadAsStringAsync()).ShouldContain("PIN_TOO_SIMPLE");
        (await (await desk.Desk.PutAsJsonAsync($"/api/patrons/cards/{card}/pin", new { pin = "12ab" })).Content.ReadAsStringAsync())
            .ShouldContain("PIN_NOT_ACCEPTABLE");

        var loan = (await (await desk.CheckOutAsync(card, desk.Copies[0])).Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
        var reader = await ReaderAsync(api, card);
        (await desk.Desk.PostAsJsonAsync($"/api/patrons/cards/{card}/block", new { reason = "Làm hỏng sách" })).EnsureSuccessStatusCode();
        var refused = await reader.PostAsync($"/api/readers/me/loans/{loan.Id}/renewals", null);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("CARD_BLOCKED");
    }
}
