using static LibraryIls.Catalog.Tests.Opac.OpacTestData;

namespace LibraryIls.Catalog.Tests.Opac;

/// <summary>
/// The index is our own SQL, so every engine must answer alike: the same generated catalogue is loaded into
/// SQLite and (when configured, always in CI) PostgreSQL, and every answer is compared in full.
/// </summary>
public sealed class SearchEqualityTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    private const int Records = 120;

    private static readonly string[] Queries =
    [
        Q("nguyễn"), Q("nguyen"), Q("việt nam"), Q("viet nam lich su"), Q("\"văn học\""), Q("truyện OR thơ"), Q("Kiều"),
        Q("việt") + "&pageSize=5&page=2", "author=" + Uri.EscapeDataString("tô hoài"), "title=" + Uri.EscapeDataString("đất rừng"),
        "subject=" + Uri.EscapeDataString("văn học"), "ddc=800-899", "ddc=895.9", "yearFrom=1990&yearTo=2005", "language=vie",
        "publisher=" + Uri.EscapeDataString("kim đồng"), Q("lịch sử") + "&available=true", Q("tiểu thuyết") + "&itemType=BAO",
        Q("thể thao thế giới") , "localStudies=false&pageSize=50",
    ];

    [Fact]
    public async Task Given_the_same_catalogue_on_every_engine_When_the_same_searches_run_Then_the_answers_are_identical()
    {
        var answers = new Dictionary<string, List<string>>();
        foreach (var provider in TestDatabases.Engines)
        {
            var api = await apis.For(provider);
            var (siteA, siteB) = await LoadGeneratedAsync(api, Records);
            var reader = api.Anonymous();
            var lines = new List<string>();
            foreach (var query in Queries.Append($"site={siteA}").Append($"site={siteB}&available=false"))
            {
                var found = await reader.SearchAsync(query);
                var titles = string.Join(" | ", found.Results.Select(r => $"{r.Title} [{r.Year}] {r.Score} {string.Join(',', r.Availability.Select(a => $"{(a.SiteCode == siteA ? "A" : "B")}:{a.Available}/{a.Copies}").Order(StringComparer.Ordinal))}"));
                var facets = string.Join(" ; ", new[] { found.Facets.DdcMainClass, found.Facets.Year, found.Facets.Language, found.Facets.ItemType, found.Facets.Availability }
                    .Select(f => string.Join(",", f.Select(v => $"{v.Value}={v.Count}"))));
                // Site codes are random per run, so the sites are named A and B and put in that order.
                var sites = string.Join(",", found.Facets.Site.Select(v => $"{(v.Value == siteA ? "A" : "B")}={v.Count}").Order(StringComparer.Ordinal));
                lines.Add($"{query.Replace(siteA, "A", StringComparison.Ordinal).Replace(siteB, "B", StringComparison.Ordinal)} => {found.Total}: {titles} || {facets} || {sites}");
                Console.WriteLine($"{provider} {query}: {found.Total}");
            }
            answers[provider] = lines;
        }
        var sqlite = answers[TestDatabases.Sqlite];
        foreach (var (provider, lines) in answers)
            for (var i = 0; i < lines.Count; i++) lines[i].ShouldBe(sqlite[i], $"{provider} differs from SQLite");
    }

    [Fact]
    public async Task Given_a_result_set_When_its_facets_are_read_Then_they_add_up_and_each_value_filters_to_its_count()
    {
        var api = await LibraryIlsApi.StartAsync(TestDatabases.Sqlite);
        await using var _ = api;
        await LoadGeneratedAsync(api, 60);
        var reader = api.Anonymous();
        foreach (var query in new[] { Q("việt"), Q("nguyen OR thơ"), "publisher=" + Uri.EscapeDataString("Nxb.") })
        {
            var found = await reader.SearchAsync(query + "&pageSize=100");
            found.Total.ShouldBeGreaterThan(0);
            found.Results.Count.ShouldBe(Math.Min(found.Total, 100));
            // Facets with one value per record split the results exactly (records without a value counted under null).
            foreach (var facet in new[] { found.Facets.DdcMainClass, found.Facets.Year, found.Facets.Language, found.Facets.Availability })
                facet.Sum(v => v.Count).ShouldBe(found.Total, query);
            found.Facets.Availability.Select(v => v.Value).ShouldBeSubsetOf(["Available", "Unavailable", "NoCopies"]);
            // Facets over copies (a record may stand at several sites): each value is exactly what filtering by it returns.
            foreach (var site in found.Facets.Site)
                (await reader.SearchAsync($"{query}&site={site.Value}")).Total.ShouldBe(site.Count, $"{query} site {site.Value}");
            foreach (var type in found.Facets.ItemType)
                (await reader.SearchAsync($"{query}&itemType={type.Value}")).Total.ShouldBe(type.Count, $"{query} type {type.Value}");
            foreach (var year in found.Facets.Year.Where(y => y.Value is not null))
                (await reader.SearchAsync($"{query}&yearFrom={year.Value}&yearTo={year.Value}")).Total.ShouldBe(year.Count);
            foreach (var ddc in found.Facets.DdcMainClass.Where(d => d.Value is not null))
                (await reader.SearchAsync($"{query}&ddc={ddc.Value![0]}00-{ddc.Value[0]}99")).Total.ShouldBe(ddc.Count);
            var available = found.Facets.Availability.SingleOrDefault(v => v.Value == "Available")?.Count ?? 0;
            (await reader.SearchAsync($"{query}&available=true")).Total.ShouldBe(available);
        }
    }
}
