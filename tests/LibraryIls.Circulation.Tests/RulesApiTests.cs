using System.Net;
using System.Text.Json;

namespace LibraryIls.Circulation.Tests;

public sealed class RulesApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    private static object Rule(string? site, string? category, string? itemType, int days, bool onSiteOnly = false) => new
    {
        siteCode = site, readerCategory = category, itemType, loanLength = days, loanUnit = "Days", maxLoans = 5,
        maxLoansOfItemType = (int?)null, renewalsAllowed = 2, renewalLength = 7, renewalUnit = "Days",
        holdsAllowed = true, maxHolds = 3, onSiteOnly, blockAfterDaysOverdue = 30,
    };

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_rules_at_several_levels_When_the_effective_rule_is_asked_Then_the_most_specific_is_named_with_why(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = Unique.Code("TV");
        var category = Unique.Code("CAT");
        (await admin.PostAsJsonAsync("/api/organization/sites", new { code = site, name = "Thư viện", level = "District", kind = "Library" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/circulation/rules", Rule(null, category, null, 14))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostAsJsonAsync("/api/circulation/rules", Rule(site, category, null, 21))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostAsJsonAsync("/api/circulation/rules", Rule(null, category, "DIA_CHI", 1, onSiteOnly: true))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var effective = await admin.GetFromJsonAsync<JsonElement>($"/api/circulation/rules/effective?site={site}&category={category}&itemType=SACH");
        effective.GetProperty("rule").GetProperty("loanLength").GetInt32().ShouldBe(21);
        effective.GetProperty("rule").GetProperty("siteCode").GetString().ShouldBe(site);
        effective.GetProperty("candidates").GetArrayLength().ShouldBe(2);
        effective.GetProperty("reason").GetString()!.ShouldContain("cụ thể nhất");

        var localStudies = await admin.GetFromJsonAsync<JsonElement>($"/api/circulation/rules/effective?site={site}&category={category}&itemType=DIA_CHI");
        // site 4 beats category+type 3: the site's own rule applies even to local-studies items
        localStudies.GetProperty("rule").GetProperty("loanLength").GetInt32().ShouldBe(21);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_rule_cell_When_created_twice_or_badly_Then_409_and_400(string provider)
    {
        var admin = await (await apis.For(provider)).AdminAsync();
        var category = Unique.Code("CAT");
        (await admin.PostAsJsonAsync("/api/circulation/rules", Rule(null, category, "SACH", 14))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var twice = await admin.PostAsJsonAsync("/api/circulation/rules", Rule(null, category, "SACH", 7));
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await twice.Content.ReadAsStringAsync()).ShouldContain("RULE_CELL_TAKEN");
        var bad = await admin.PostAsJsonAsync("/api/circulation/rules", Rule(null, Unique.Code("CAT"), null, -3));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var none = await admin.GetAsync($"/api/circulation/rules/effective?site=KHONG-CO&category=X&itemType=Y");
        none.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_calendar_with_Tet_and_closed_Mondays_When_a_due_date_is_computed_Then_it_skips_both(string provider)
    {
        var admin = await (await apis.For(provider)).AdminAsync();
        var site = Unique.Code("TV");
        (await admin.PostAsJsonAsync("/api/organization/sites", new { code = site, name = "Thư viện", level = "Commune", kind = "Library" })).EnsureSuccessStatusCode();
        var put = await admin.PutAsJsonAsync($"/api/circulation/calendars/{site}", new
        {
            closedWeekdays = new[] { "Monday" },
            closures = new[] { new { from = "2026-02-14", to = "2026-02-22", reason = "Tết Bính Ngọ" } },
        });
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        var calendar = await admin.GetFromJsonAsync<JsonElement>($"/api/circulation/calendars/{site}");
        calendar.GetProperty("closures")[0].GetProperty("reason").GetString().ShouldBe("Tết Bính Ngọ");

        var due = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/circulation/calendars/{site}/due-date?from=2026-02-02T10:00:00%2B07:00&length=14&unit=Days");
        due.GetProperty("localDueDay").GetString().ShouldBe("2026-02-24");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_desk_When_it_edits_rules_Then_403(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = Unique.Code("TV");
        (await admin.PostAsJsonAsync("/api/organization/sites", new { code = site, name = "Thư viện", level = "Commune", kind = "Library" })).EnsureSuccessStatusCode();
        var desk = await api.StaffAsync("DeskStaff", site);
        (await desk.PostAsJsonAsync("/api/circulation/rules", Rule(null, Unique.Code("C"), null, 14))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await desk.GetAsync("/api/circulation/rules")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
