using System.Net;
using System.Text.Json;
using LibraryIls.Circulation.Loans;

namespace LibraryIls.Circulation.Tests;

public sealed class DeskApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    private static async Task<string> Code(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_card_and_a_copy_When_checked_out_and_returned_Then_due_by_the_rule_and_the_copy_is_free_again(string provider)
    {
        var desk = await DeskScenario.StartAsync(await apis.For(provider));
        var card = await desk.ReaderWithCardAsync();
        var response = await desk.CheckOutAsync(card, desk.Copies[0]);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var loan = (await response.Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
        (loan.DueAt - loan.CheckedOutAt).TotalDays.ShouldBeInRange(14, 15.01);

        (await Code(await desk.CheckOutAsync(await desk.ReaderWithCardAsync(), desk.Copies[0]))).ShouldBe("ITEM_ALREADY_ON_LOAN");
        var returned = await desk.ReturnAsync(desk.Copies[0]);
        returned.StatusCode.ShouldBe(HttpStatusCode.OK, await returned.Content.ReadAsStringAsync());
        (await returned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("routing").GetString().ShouldBe("Shelve");
        (await Code(await desk.ReturnAsync(desk.Copies[0]))).ShouldBe("ITEM_NOT_ON_LOAN");
        (await desk.CheckOutAsync(card, desk.Copies[0])).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_rules_and_calendar_held_in_memory_When_an_admin_changes_them_Then_the_next_checkout_follows_the_change(string provider)
    {
        var desk = await DeskScenario.StartAsync(await apis.For(provider));
        var card = await desk.ReaderWithCardAsync();
        async Task<double> LoanDaysAsync(string copy)
        {
            var response = await desk.CheckOutAsync(card, copy);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var loan = (await response.Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
            return (loan.DueAt - loan.CheckedOutAt).TotalDays;
        }
        (await LoanDaysAsync(desk.Copies[0])).ShouldBeInRange(14, 15.01); // the rule and the calendar are now cached

        var rules = (await desk.Admin.GetFromJsonAsync<List<JsonElement>>("/api/circulation/rules", TestJson.Options))!;
        var rule = rules.Single(r => r.GetProperty("siteCode").GetString() == desk.Site).GetProperty("id").GetGuid();
        (await desk.Admin.PutAsJsonAsync($"/api/circulation/rules/{rule}", new
        {
            siteCode = desk.Site, loanLength = 3, loanUnit = "Days", maxLoans = 5, renewalsAllowed = 1, renewalLength = 7,
            renewalUnit = "Days", holdsAllowed = true, maxHolds = 3, onSiteOnly = false, blockAfterDaysOverdue = 30,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await LoanDaysAsync(desk.Copies[1])).ShouldBeInRange(3, 4.01);

        // The library closes for the next three weeks: the due date moves to the first day it is open again.
        var today = DateOnly.FromDateTime(desk.Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        (await desk.Admin.PutAsJsonAsync($"/api/circulation/calendars/{desk.Site}", new
        {
            closedWeekdays = Array.Empty<string>(),
            closures = new[] { new { from = today.AddDays(1).ToString("yyyy-MM-dd"), to = today.AddDays(21).ToString("yyyy-MM-dd"), reason = "Sửa chữa" } },
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await LoanDaysAsync(desk.Copies[2])).ShouldBeInRange(22, 23.01);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_limits_and_card_states_When_checked_out_Then_each_refusal_has_its_code(string provider)
    {
        var desk = await DeskScenario.StartAsync(await apis.For(provider), copies: 3, maxLoans: 1);
        var card = await desk.ReaderWithCardAsync();
        (await desk.CheckOutAsync(card, desk.Copies[0])).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Code(await desk.CheckOutAsync(card, desk.Copies[1]))).ShouldBe("LOAN_LIMIT_REACHED");

        var blocked = await desk.ReaderWithCardAsync();
        (await desk.Desk.PostAsJsonAsync($"/api/patrons/cards/{blocked}/block", new { reason = "Làm hỏng sách" })).EnsureSuccessStatusCode();
        (await Code(await desk.CheckOutAsync(blocked, desk.Copies[1]))).ShouldBe("CARD_BLOCKED");

        (await desk.CheckOutAsync("KHONG-CO-THE", desk.Copies[1])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await desk.CheckOutAsync(card, "KHONG-CO-SACH")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await desk.Desk.PostAsJsonAsync("/api/circulation/loans", new { cardNumber = "", registrationNumber = "", siteCode = desk.Site }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_retried_checkout_with_the_same_key_When_sent_again_Then_the_first_loan_comes_back(string provider)
    {
        var desk = await DeskScenario.StartAsync(await apis.For(provider));
        var card = await desk.ReaderWithCardAsync();
        var key = Guid.NewGuid().ToString();
        var first = (await (await desk.CheckOutAsync(card, desk.Copies[0], idempotencyKey: key)).Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
        var retry = await desk.CheckOutAsync(card, desk.Copies[0], idempotencyKey: key);
        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await retry.Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!.Id.ShouldBe(first.Id);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_loan_When_renewed_past_the_limit_or_held_by_another_Then_refused(string provider)
    {
        var desk = await DeskScenario.StartAsync(await apis.For(provider), renewals: 1);
        var card = await desk.ReaderWithCardAsync();
        var loan = (await (await desk.CheckOutAsync(card, desk.Copies[0])).Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
        var renewed = await desk.Desk.PostAsync($"/api/circulation/loans/{loan.Id}/renewals", null);
        renewed.StatusCode.ShouldBe(HttpStatusCode.OK, await renewed.Content.ReadAsStringAsync());
        (await renewed.Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!.Renewals.ShouldBe(1);
        (await Code(await desk.Desk.PostAsync($"/api/circulation/loans/{loan.Id}/renewals", null))).ShouldBe("RENEWAL_LIMIT_REACHED");

        var second = (await (await desk.CheckOutAsync(card, desk.Copies[1])).Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
        var other = await desk.ReaderWithCardAsync();
        (await desk.Desk.PostAsJsonAsync("/api/circulation/holds", new { cardNumber = other, registrationNumber = desk.Copies[2], pickupSiteCode = desk.Site, siteCode = desk.Site }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Code(await desk.Desk.PostAsync($"/api/circulation/loans/{second.Id}/renewals", null))).ShouldBe("ITEM_ON_HOLD_FOR_OTHER");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_holds_on_a_title_When_a_copy_comes_back_Then_the_first_reader_gets_it_and_others_cannot_borrow_it(string provider)
    {
        var desk = await DeskScenario.StartAsync(await apis.For(provider), copies: 1);
        var borrower = await desk.ReaderWithCardAsync();
        var first = await desk.ReaderWithCardAsync();
        var second = await desk.ReaderWithCardAsync();
        (await desk.CheckOutAsync(borrower, desk.Copies[0])).StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var reader in new[] { first, second })
            (await desk.Desk.PostAsJsonAsync("/api/circulation/holds", new { cardNumber = reader, registrationNumber = desk.Copies[0], pickupSiteCode = desk.Site, siteCode = desk.Site }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        var queue = await desk.Desk.GetFromJsonAsync<JsonElement>($"/api/circulation/holds?recordId={desk.RecordId}");
        queue.GetArrayLength().ShouldBe(2);
        queue[1].GetProperty("queuePosition").GetInt32().ShouldBe(2);

        var returned = await (await desk.ReturnAsync(desk.Copies[0])).Content.ReadFromJsonAsync<JsonElement>();
        returned.GetProperty("routing").GetString().ShouldBe("HoldShelf");
        (await Code(await desk.CheckOutAsync(second, desk.Copies[0]))).ShouldBe("ITEM_ON_HOLD_FOR_OTHER");
        (await desk.CheckOutAsync(first, desk.Copies[0])).StatusCode.ShouldBe(HttpStatusCode.Created);
        var after = await desk.Desk.GetFromJsonAsync<JsonElement>($"/api/circulation/holds?recordId={desk.RecordId}");
        after.GetArrayLength().ShouldBe(1);
        after[0].GetProperty("queuePosition").GetInt32().ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_copy_returned_at_another_site_When_returned_Then_it_goes_in_transit_home_and_is_received_there(string provider)
    {
        var api = await apis.For(provider);
        var desk = await DeskScenario.StartAsync(api);
        var away = await DeskScenario.SiteAsync(desk.Admin, parent: desk.Site);
        var awayDesk = await api.StaffAsync("DeskStaff", away);
        var card = await desk.ReaderWithCardAsync();
        (await desk.CheckOutAsync(card, desk.Copies[0])).StatusCode.ShouldBe(HttpStatusCode.Created);

        var returned = await desk.ReturnAsync(desk.Copies[0], away, awayDesk);
        var body = await returned.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("routing").GetString().ShouldBe("TransitHome");
        body.GetProperty("destinationSiteCode").GetString().ShouldBe(desk.Site);
        (await Code(await desk.CheckOutAsync(card, desk.Copies[0]))).ShouldBe("ITEM_IN_TRANSIT");
        (await Code(await awayDesk.PostAsJsonAsync("/api/circulation/transfers/receive", new { registrationNumber = desk.Copies[0], siteCode = away })))
            .ShouldBe("TRANSFER_FOR_ANOTHER_SITE");
        (await desk.Desk.PostAsJsonAsync("/api/circulation/transfers/receive", new { registrationNumber = desk.Copies[0], siteCode = desk.Site }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await desk.CheckOutAsync(card, desk.Copies[0])).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_desk_at_one_site_When_it_lends_at_another_Then_403(string provider)
    {
        var api = await apis.For(provider);
        var desk = await DeskScenario.StartAsync(api);
        var other = await DeskScenario.StartAsync(api);
        var card = await desk.ReaderWithCardAsync();
        (await DeskScenario.CheckOutAsync(desk.Desk, card, other.Copies[0], other.Site)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_in_house_reading_When_recorded_Then_accepted_with_the_readers_category(string provider)
    {
        var desk = await DeskScenario.StartAsync(await apis.For(provider));
        var card = await desk.ReaderWithCardAsync();
        var response = await desk.Desk.PostAsJsonAsync("/api/circulation/in-house-uses", new { registrationNumber = desk.Copies[0], siteCode = desk.Site, cardNumber = card });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("readerCategory").GetString().ShouldBe("NGUOI_LON");
        (await desk.Desk.PostAsJsonAsync("/api/circulation/in-house-uses", new { registrationNumber = desk.Copies[1], siteCode = desk.Site }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
