using System.Net;
using System.Text.Json;

namespace LibraryIls.Circulation.Tests;

/// <summary>Moves the clock, so it has a test host of its own.</summary>
public sealed class NoticeTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_loan_When_it_nears_and_passes_its_due_date_Then_each_notice_goes_out_once(string provider)
    {
        var api = await apis.For(provider);
        var desk = await DeskScenario.StartAsync(api);
        var card = await desk.ReaderWithCardAsync();
        (await desk.CheckOutAsync(card, desk.Copies[0])).StatusCode.ShouldBe(HttpStatusCode.Created);
        var readerId = (await desk.Desk.GetFromJsonAsync<JsonElement>($"/api/patrons/cards/{card}")).GetProperty("readerId").GetGuid();

        async Task<JsonElement> Run()
        {
            var admin = await api.AdminAsync();
            var response = await admin.PostAsync("/api/circulation/notices/run", null);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        (await Run()).GetProperty("dueSoon").GetInt32().ShouldBe(0);
        api.Clock.Advance(TimeSpan.FromDays(13)); // due in 14 days: now within the 2-day warning
        (await Run()).GetProperty("dueSoon").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        (await Run()).GetProperty("dueSoon").GetInt32().ShouldBe(0);
        api.Clock.Advance(TimeSpan.FromDays(3)); // one or two days overdue
        (await Run()).GetProperty("overdue").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        (await Run()).GetProperty("overdue").GetInt32().ShouldBe(0);

        var notices = await (await api.AdminAsync()).GetFromJsonAsync<JsonElement>($"/api/circulation/notices?readerId={readerId}");
        notices.EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ShouldBe(["DueSoon", "Overdue"]);
        notices[1].GetProperty("subject").GetString()!.ShouldContain("quá hạn");
    }
}
