namespace LibraryIls.Reporting.Tests;

/// <summary>
/// Every figure of the views published today (cards, visits, circulation events, copies, records) and the
/// staff's annual inputs, for 2025 and 2024, counted by the test from the generated rows and compared with
/// the report: totals, every breakdown, difference and percent change.
/// </summary>
public sealed class AnnualReportTests(GeneratedYearsFixture fixture) : IClassFixture<GeneratedYearsFixture>
{
    public static readonly string[] Figures =
    [
        "cards.issued", "cards.renewed", "cards.replaced", "cards.validAtEnd", "visits.onSite",
        "items.total", "items.loans", "items.inHouse", "items.rotation", "items.mobile", "items.renewals", "items.holds",
        "additions.copies", "additions.titles", "additions.value", "collection.copies", "collection.titles", "records.catalogued",
        "input.digitisation.pages", "input.digitisation.documents", "input.digitisation.collections", "input.privateLibraries.count",
        "input.communityLibraries.count", "input.population.total", "input.population.pupils", "input.population.rural",
        "de329.copiesPerInhabitant", "de329.itemsPerInhabitant", "de329.pupilsServedPercent", "de329.ruralServedPercent",
        "iso.registeredUsers", "iso.loans", "iso.renewals", "iso.inHouseUses", "iso.reservations", "iso.additionsUnits",
        "iso.additionsTitles", "iso.collectionUnits",
    ];

    private async Task<(LibraryIlsApi Api, GeneratedYears Data, HttpClient Admin, IReadOnlyList<EnteredInput> Inputs)> PrepareAsync(string provider)
    {
        var (api, data) = await fixture.For(provider);
        var admin = await api.AdminAsync();
        var inputs = ReportingApi.Inputs(data.Network);
        await admin.EnterInputsAsync(inputs);
        return (api, data, admin, inputs);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_two_generated_years_When_the_network_report_is_asked_Then_every_figure_is_the_one_counted_from_the_rows(string provider)
    {
        var (_, data, admin, inputs) = await PrepareAsync(provider);

        var report = await admin.AnnualAsync(2025);

        report.From.ShouldBe(new DateOnly(2025, 1, 1));
        report.PreviousTo.ShouldBe(new DateOnly(2024, 12, 31));
        report.ShouldMatch(ExpectedFigures.Count(data, 2025, null, inputs), ExpectedFigures.Count(data, 2024, null, inputs), Figures);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_two_generated_years_When_a_district_subtree_is_asked_Then_only_its_sites_are_counted(string provider)
    {
        var (_, data, admin, inputs) = await PrepareAsync(provider);
        var district = data.Network.District1;
        var subtree = data.Network.Subtree(district);

        var report = await admin.AnnualAsync(2025, district);

        report.ScopeSiteCode.ShouldBe(district);
        report.Find("records.catalogued").ShouldBeNull();
        report.ShouldMatch(ExpectedFigures.Count(data, 2025, subtree, inputs), ExpectedFigures.Count(data, 2024, subtree, inputs),
            Figures.Where(f => f != "records.catalogued"));
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_renewals_rotation_and_in_house_uses_When_items_served_are_counted_Then_each_event_is_counted_once(string provider)
    {
        var (_, _, admin, _) = await PrepareAsync(provider);

        var report = await admin.AnnualAsync(2025);

        decimal Total(string code) => report.Find(code)!.Total.Current!.Value;
        Total("items.total").ShouldBe(Total("items.loans") + Total("items.inHouse") + Total("items.rotation") + Total("items.mobile"));
        Total("items.total").ShouldBe(Total("iso.loans") + Total("iso.inHouseUses") + Total("items.rotation") + Total("items.mobile"));
        Total("iso.renewals").ShouldBe(Total("items.renewals"));
        Total("iso.renewals").ShouldBeGreaterThan(0);
        foreach (var dimension in new[] { "level", "site", "month", "category" })
            report.Find("items.total")!.Breakdowns[dimension].Sum(b => b.Figure.Current!.Value).ShouldBe(Total("items.total"), dimension);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_period_When_it_is_asked_Then_it_is_compared_with_the_same_days_a_year_earlier(string provider)
    {
        var (_, data, admin, _) = await PrepareAsync(provider);

        var response = await admin.GetAsync("/api/reporting/period?from=2025-03-01&to=2025-05-31");
        response.EnsureSuccessStatusCode();
        var report = (await response.Content.ReadFromJsonAsync<Annual.AnnualReportResponse>(TestJson.Options))!;

        static DateOnly Vietnam(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(7));
        decimal Loans(int year) => data.Events.Where(e => e.Kind == "CheckOut" && Vietnam(e.OccurredAtUtc) >= new DateOnly(year, 3, 1)
            && Vietnam(e.OccurredAtUtc) <= new DateOnly(year, 5, 31)).Sum(e => e.Count);
        var loans = report.Find("items.loans")!;
        loans.Total.Current.ShouldBe(Loans(2025));
        loans.Total.Previous.ShouldBe(Loans(2024));
        loans.Breakdowns["month"].Select(m => m.Label).ShouldBe(["2025-03", "2025-04", "2025-05"]);
        report.PreviousFrom.ShouldBe(new DateOnly(2024, 3, 1));
        report.Find("input.digitisation.pages").ShouldBeNull(); // entered per year: calendar-year reports only
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_bad_parameters_When_a_report_is_asked_Then_the_answer_is_400_with_a_reason(string provider)
    {
        var (_, data, admin, _) = await PrepareAsync(provider);

        foreach (var url in new[]
                 {
                     "/api/reporting/annual/2025?format=pdf", "/api/reporting/annual/1900",
                     "/api/reporting/period?from=2025-05-01&to=2025-01-01", "/api/reporting/period?from=2015-01-01&to=2025-01-01",
                 })
        {
            var response = await admin.GetAsync(url);
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest, url);
            (await response.Content.ReadAsStringAsync()).ShouldContain("errors");
        }
        (await admin.GetAsync("/api/reporting/annual/2025?site=KHONG-CO")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);

        var misspelt = await admin.PutAsJsonAsync("/api/reporting/inputs/2025", new
        {
            siteCode = data.Network.Province, values = new Dictionary<string, decimal> { ["digitisation.pages"] = 10, ["population.totl"] = 1_020_000 },
        });
        misspelt.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await misspelt.Content.ReadAsStringAsync()).ShouldContain("population.totl", Case.Sensitive, "the refusal names the key");
        (await admin.GetFromJsonAsync<List<LibraryIls.Reporting.Inputs.AnnualInputResponse>>("/api/reporting/inputs/2025", TestJson.Options))!
            .ShouldNotContain(i => i.SiteCode == data.Network.Province && i.Key == "digitisation.pages" && i.Value == 10, "nothing of a refused request is saved");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_the_indicator_list_When_it_is_read_Then_each_indicator_cites_its_counting_rule(string provider)
    {
        var (_, _, admin, _) = await PrepareAsync(provider);

        var indicators = await admin.GetFromJsonAsync<List<Annual.IndicatorDescription>>("/api/reporting/indicators", TestJson.Options);

        indicators!.Select(i => i.Code).ShouldContain("items.renewals");
        indicators!.ShouldAllBe(i => i.Rule.Length > 20);
        indicators!.Single(i => i.Code == "iso.loans").Rule.ShouldContain("ISO 2789");
    }
}
