using System.Net;
using System.Xml.Linq;
using static LibraryIls.Catalog.Tests.Opac.OpacTestData;

namespace LibraryIls.Catalog.Tests.Opac;

public sealed class OaiPmhTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    private static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    private static readonly XNamespace Marc = "http://www.loc.gov/MARC21/slim";

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_bad_requests_When_harvested_Then_each_gets_its_OAI_PMH_error_code(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        await admin.CreateAsync(Titled("Số đỏ", "Vũ Trọng Phụng"));
        var harvester = api.Anonymous();

        foreach (var (query, code) in new[]
                 {
                     ("", "badVerb"), ("verb=Harvest", "badVerb"), ("verb=Identify&extra=1", "badArgument"),
                     ("verb=ListRecords", "badArgument"), ("verb=ListRecords&metadataPrefix=oai_dc&from=2026-13-40", "badArgument"),
                     ("verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01&until=2026-01-01T00:00:00Z", "badArgument"),
                     ("verb=ListRecords&metadataPrefix=mods", "cannotDisseminateFormat"),
                     ("verb=ListRecords&resumptionToken=rubbish", "badResumptionToken"),
                     ("verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc", "badArgument"),
                     ("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:libraryils.local:" + Guid.NewGuid(), "idDoesNotExist"),
                     ("verb=GetRecord&metadataPrefix=oai_dc&identifier=nonsense", "idDoesNotExist"),
                     ("verb=ListIdentifiers&metadataPrefix=oai_dc&until=1990-01-01", "noRecordsMatch"),
                     ("verb=ListIdentifiers&metadataPrefix=oai_dc&set=site:NOWHERE", "noRecordsMatch"),
                     ("verb=ListSets&resumptionToken=x", "badResumptionToken"),
                 })
        {
            var response = await harvester.GetAsync($"/oai?{query}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
            ((string?)xml.Root!.Element(Oai + "error")?.Attribute("code")).ShouldBe(code, query);
        }
        var repeated = XDocument.Parse(await harvester.GetStringAsync("/oai?verb=Identify&verb=Identify"));
        repeated.Root!.Element(Oai + "error")!.Attribute("code")!.Value.ShouldBe("badArgument");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_deleted_record_When_harvested_later_Then_a_persistent_tombstone_is_listed_and_GetRecord_says_deleted(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var kept = await admin.CreateAsync(Titled("Vợ chồng A Phủ", "Tô Hoài"));
        var gone = await admin.CreateAsync(Titled("Bản nháp sẽ xoá", "Tô Hoài"));
        await admin.DeleteRecordAsync(gone.Id);
        var harvester = api.Anonymous();

        var identify = XDocument.Parse(await harvester.GetStringAsync("/oai?verb=Identify"));
        identify.Root!.Element(Oai + "Identify")!.Element(Oai + "deletedRecord")!.Value.ShouldBe("persistent");

        var record = XDocument.Parse(await harvester.GetStringAsync($"/oai?verb=GetRecord&metadataPrefix=marc21&identifier=oai:libraryils.local:{gone.Id}"));
        var header = record.Descendants(Oai + "header").Single();
        header.Attribute("status")!.Value.ShouldBe("deleted");
        record.Descendants(Oai + "metadata").ShouldBeEmpty();

        var live = XDocument.Parse(await harvester.GetStringAsync($"/oai?verb=GetRecord&metadataPrefix=marc21&identifier=oai:libraryils.local:{kept.Id}"));
        live.Descendants(Marc + "datafield").First(f => f.Attribute("tag")!.Value == "100").Value.ShouldContain("Tô Hoài");
        live.Descendants(Oai + "setSpec").Select(s => s.Value).ShouldContain("ddc:800");

        var identifiers = XDocument.Parse(await harvester.GetStringAsync("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&set=ddc:800"));
        identifiers.Descendants(Oai + "header").Where(h => h.Attribute("status")?.Value == "deleted")
            .Select(h => h.Element(Oai + "identifier")!.Value).ShouldContain($"oai:libraryils.local:{gone.Id}");
        (await api.Anonymous().SearchAsync(Q("bản nháp sẽ xoá"))).Total.ShouldBe(0, "a deleted record leaves the OPAC");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_records_changed_on_different_days_When_harvested_with_from_and_until_Then_only_that_window_comes(string provider)
    {
        var api = await LibraryIlsApi.StartAsync(provider);
        await using var _ = api;
        api.Clock.Advance(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero) - api.Clock.GetUtcNow());
        var march = await (await api.AdminAsync()).CreateAsync(Titled("Tháng ba", "Tô Hoài"));
        api.Clock.Advance(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero) - api.Clock.GetUtcNow());
        var april = await (await api.AdminAsync()).CreateAsync(Titled("Tháng tư", "Tô Hoài"));
        var harvester = api.Anonymous();

        async Task<List<string>> Ids(string window) => [.. XDocument.Parse(await harvester.GetStringAsync($"/oai?verb=ListIdentifiers&metadataPrefix=oai_dc{window}"))
            .Descendants(Oai + "identifier").Select(i => i.Value.Split(':')[^1])];
        (await Ids("&from=2026-03-01&until=2026-03-31")).ShouldBe([march.Id.ToString()]);
        (await Ids("&from=2026-04-01T08:00:00Z&until=2026-04-01T08:05:00Z")).ShouldBe([april.Id.ToString()]);
        (await Ids("&until=2026-03-01T08:05:00Z")).ShouldBe([march.Id.ToString()]);
        (await Ids("")).Count.ShouldBe(2);
    }
}
