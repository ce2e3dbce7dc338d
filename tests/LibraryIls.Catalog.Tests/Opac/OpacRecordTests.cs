using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Opac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LibraryIls.Catalog.Tests.Opac.OpacTestData;

namespace LibraryIls.Catalog.Tests.Opac;

public sealed class OpacRecordTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_record_with_copies_When_a_reader_opens_it_Then_copies_status_QR_link_and_Dublin_Core_are_there(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await api.SiteAsync();
        var record = await admin.CreateAsync(Titled("Đất rừng phương Nam", "Đoàn Giỏi"));
        (await admin.PostAsJsonAsync($"{CatalogTestApi.RecordsPath}/{record.Id}/copies/bulk", CatalogTestApi.BulkCopies(Unique.Code("DR") + ".000001", 2, site)))
            .EnsureSuccessStatusCode();
        var reader = api.Anonymous();

        var page = (await reader.GetFromJsonAsync<OpacRecordResponse>($"/api/opac/records/{record.Id}?site={site}", TestJson.Options))!;
        page.Title.ShouldBe("Đất rừng phương Nam : tiểu thuyết");
        page.Authors.ShouldBe(["Đoàn Giỏi"]);
        page.Copies.Count.ShouldBe(2);
        page.Copies.ShouldAllBe(c => c.SiteCode == site && c.Status == CopyStatus.Available && c.IsAvailable);
        page.Availability.Single().Available.ShouldBe(2);
        page.OpacLink.ShouldBe($"http://127.0.0.1:5080/opac/records/{record.Id}");
        var qr = await reader.GetAsync(page.QrCodeUrl);
        qr.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await QrDecoder.DecodeAsync(await qr.Content.ReadAsByteArrayAsync())).ShouldBe(page.OpacLink);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/opac/records/{record.Id}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/oai_dc+xml"));
        var dcResponse = await reader.SendAsync(request);
        dcResponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/oai_dc+xml");
        var dc = XDocument.Parse(await dcResponse.Content.ReadAsStringAsync());
        dc.Root!.Name.ShouldBe(XName.Get("dc", "http://www.openarchives.org/OAI/2.0/oai_dc/"));
        dc.Root.Elements(Dc + "title").Single().Value.ShouldBe("Đất rừng phương Nam : tiểu thuyết");
        dc.Root.Elements(Dc + "contributor").Select(e => e.Value).ShouldContain("Đoàn Giỏi");
        dc.Root.Elements(Dc + "publisher").Single().Value.ShouldBe("TP. Hồ Chí Minh : Nxb. Trẻ");
        dc.Root.Elements(Dc + "date").Single().Value.ShouldBe("2019");
        dc.Root.Elements(Dc + "type").Single().Value.ShouldBe("text");
        dc.Root.Elements(Dc + "language").Single().Value.ShouldBe("vie");
        dc.Root.Elements(Dc + "subject").Select(e => e.Value).ShouldBe(["Văn học Việt Nam -- Tiểu thuyết", "895.9223"]);
        dc.Root.Elements(Dc + "identifier").Single().Value.ShouldBe("978-604-1-23456-7");

        (await reader.GetAsync($"/api/opac/records/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_searches_and_record_views_When_the_log_is_written_Then_the_published_view_counts_them_without_personal_data(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await api.SiteAsync();
        var record = await admin.CreateAsync(Titled("Tắt đèn", "Ngô Tất Tố"));
        await api.FlushAccessesAsync();
        var before = await Accesses(api);
        var reader = api.Anonymous();

        await reader.SearchAsync(Q("tắt đèn"));
        await reader.SearchAsync($"{Q("tắt đèn")}&site={site}");
        await reader.GetAsync($"/api/opac/records/{record.Id}");
        await api.FlushAccessesAsync();

        var added = (await Accesses(api)).Skip(before.Count).ToList();
        added.Select(a => a.Kind).ShouldBe(["Search", "Search", "RecordView"]);
        added[1].SiteId.ShouldNotBeNull();
        added[0].SiteId.ShouldBeNull();
        added.ShouldAllBe(a => a.OccurredAtUtc.Kind == DateTimeKind.Utc || provider == TestDatabases.Sqlite);
        typeof(OpacAccessRowV1).GetProperties().Select(p => p.Name).ShouldBe(["AccessId", "Kind", "OccurredAtUtc", "SiteId"]);
    }

    private static async Task<List<OpacAccessRowV1>> Accesses(LibraryIlsApi api)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        return await db.Set<OpacAccessRowV1>().OrderBy(a => a.AccessId).ToListAsync();
    }
}
