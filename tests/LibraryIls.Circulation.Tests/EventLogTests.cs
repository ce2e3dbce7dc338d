using System.Net;
using System.Text.Json;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Circulation.Tests;

/// <summary>The published event log: one row per desk event, with category and level, and no reader.</summary>
public sealed class EventLogTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    private static async Task<Dictionary<string, int>> EventsAt(LibraryIlsApi api, string siteCode)
    {
        using var scope = api.Services.CreateScope();
        var site = (await scope.ServiceProvider.GetRequiredService<Organization.Contracts.ISiteDirectory>().FindByCodeAsync(siteCode, default))!;
        var db = scope.ServiceProvider.GetRequiredService<CirculationDbContext>();
        // The view's name is fixed text per engine (schema on PostgreSQL), never input.
        var sql = scope.ServiceProvider.GetRequiredService<ConnectedDatabase>().Provider == DatabaseProvider.Sqlite
            ? "SELECT \"Kind\", \"SiteLevel\", \"ReaderCategory\", \"Count\" FROM rpt_circulation_events_v1 WHERE \"SiteId\" = {0}"
            : "SELECT \"Kind\", \"SiteLevel\", \"ReaderCategory\", \"Count\" FROM circulation.rpt_circulation_events_v1 WHERE \"SiteId\" = {0}";
        var rows = await db.Database.SqlQueryRaw<EventRow>(sql, site.Id).ToListAsync();
        rows.ShouldAllBe(r => r.SiteLevel == site.Level.ToString());
        return rows.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_day_at_the_desk_When_the_view_is_read_Then_each_event_is_there_once_and_anonymising_changes_nothing(string provider)
    {
        var api = await apis.For(provider);
        var desk = await DeskScenario.StartAsync(api, renewals: 2);
        var card = await desk.ReaderWithCardAsync();
        var loan = (await (await desk.CheckOutAsync(card, desk.Copies[0])).Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
        (await desk.CheckOutAsync(card, desk.Copies[1])).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await desk.Desk.PostAsync($"/api/circulation/loans/{loan.Id}/renewals", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await desk.ReturnAsync(desk.Copies[0])).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await desk.Desk.PostAsJsonAsync("/api/circulation/in-house-uses", new { registrationNumber = desk.Copies[2], siteCode = desk.Site }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var before = await EventsAt(api, desk.Site);
        before.ShouldBe(new Dictionary<string, int> { ["CheckOut"] = 2, ["Renewal"] = 1, ["Return"] = 1, ["InHouseUse"] = 1 }, ignoreOrder: true);

        var anonymised = await (await desk.Admin.PostAsync("/api/circulation/anonymisation?olderThanDays=0", null)).Content.ReadFromJsonAsync<JsonElement>();
        anonymised.GetProperty("loans").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        (await desk.Desk.GetFromJsonAsync<LoanResponse>($"/api/circulation/loans/{loan.Id}", TestJson.Options))!.ReaderId.ShouldBeNull();
        (await EventsAt(api, desk.Site)).ShouldBe(before, ignoreOrder: true);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_64_desks_When_they_lend_the_same_copy_at_once_Then_exactly_one_succeeds(string provider)
    {
        var api = await apis.For(provider);
        var desk = await DeskScenario.StartAsync(api, copies: 1);
        var cards = new List<string>();
        for (var i = 0; i < 64; i++) cards.Add(await desk.ReaderWithCardAsync());
        var attempts = cards.Select(card => DeskScenario.CheckOutAsync(desk.Desk, card, desk.Copies[0], desk.Site)).ToList();
        var responses = await Task.WhenAll(attempts);
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict, await refused.Content.ReadAsStringAsync());
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("ITEM_ALREADY_ON_LOAN");
        }
        (await EventsAt(api, desk.Site))["CheckOut"].ShouldBe(1);
    }

    private sealed record EventRow(string Kind, string SiteLevel, string? ReaderCategory, int Count);
}
