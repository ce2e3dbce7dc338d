using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Tests.Imports;
using LibraryIls.Catalog.Search;
using Microsoft.Extensions.DependencyInjection;
using static LibraryIls.Catalog.Tests.Opac.OpacTestData;

namespace LibraryIls.Catalog.Tests.Opac;

/// <summary>
/// The OPAC answers from an index held in memory; the SQL engine is its reference. Every search here runs on both
/// and the answers (total, every facet, the ranked page with scores) must be the same, before and after records
/// are added, changed, deleted and lent out through other scopes while the memory index is loaded.
/// </summary>
public sealed class MemoryIndexTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    private static readonly OpacSearchRequest[] Requests =
    [
        new(Q: "nguyễn"), new(Q: "nguyen"), new(Q: "Việt Nam"), new(Q: "viet nam lich su"), new(Q: "\"văn học\""), new(Q: "truyện OR thơ"),
        new(Q: "Kiều"), new(Q: "việt", Page: 2, PageSize: 5), new(Q: "thể thao thế giới"), new(Q: "\"viet nam\" OR \"lich su\" tô"),
        new(Q: "hoa vàng trên cỏ xanh", Facets: false), new(Q: "đất", Page: 3, PageSize: 7), new(Q: "không có từ này"),
        new(Author: "tô hoài"), new(Title: "đất rừng"), new(Subject: "văn học"), new(Publisher: "kim đồng"), new(Title: "\"tắt đèn\""),
        new(Ddc: "800-899"), new(Ddc: "895.9"), new(YearFrom: 1990, YearTo: 2005), new(Language: "vie"), new(LocalStudies: false, PageSize: 50),
        new(Q: "lịch sử", Available: true), new(Q: "lịch sử", Available: false), new(Q: "tiểu thuyết", ItemType: "BAO"),
        new(Q: "văn", ItemType: "sach", Available: true, YearFrom: 2000), new(PageSize: 100), new(Q: "nam", Page: 40, PageSize: 10),
    ];

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_loaded_memory_index_When_the_catalogue_changes_Then_it_answers_every_search_as_the_SQL_does(string provider)
    {
        var api = await apis.For(provider);
        var (siteA, siteB) = await LoadGeneratedAsync(api, 90);
        var index = api.Services.GetRequiredService<SearchMemoryIndex>();
        await index.StartLoading(again: true);
        await SameAnswers(api, siteA, siteB);

        var admin = await api.AdminAsync();
        var added = await admin.CreateAsync(Titled("Thể thao thế giới hôm nay", "Tô Hoài", "796.09"));
        var changed = await admin.CreateAsync(Titled("Việt Nam đất nước", "Nguyễn Du", "915.97"));
        var gone = await admin.CreateAsync(Titled("Lịch sử Việt Nam giản yếu", "Trần Trọng Kim", "959.7"));
        var put = await admin.PutAsync(changed.Id, CatalogTestApi.Json(Titled("Đất rừng phương Nam mới", "Đoàn Giỏi", "895.92234")), changed.Version);
        put.IsSuccessStatusCode.ShouldBeTrue(await put.Content.ReadAsStringAsync());
        using (var delete = new HttpRequestMessage(HttpMethod.Delete, $"{CatalogTestApi.RecordsPath}/{gone.Id}"))
        {
            delete.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{gone.Version}\""));
            (await admin.SendAsync(delete)).EnsureSuccessStatusCode();
        }
        var copies = await admin.PostAsJsonAsync($"{CatalogTestApi.RecordsPath}/{added.Id}/copies/bulk",
            CatalogTestApi.BulkCopies($"{Unique.Code("M")}.000001", 2, siteA));
        copies.EnsureSuccessStatusCode();
        var copyIds = (await copies.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        await SameAnswers(api, siteA, siteB);
        // Both copies lent at the desk (its set-based path, not the change tracker): the title is off the shelf.
        foreach (var copyId in copyIds)
            using (var scope = api.Services.CreateScope())
                await scope.ServiceProvider.GetRequiredService<ICopyCatalog>().ChangeStatusAsync(copyId, CopyStatus.OnLoan, default);

        await SameAnswers(api, siteA, siteB);
        var found = await api.Anonymous().SearchAsync(Q("thể thao hôm nay") + $"&site={siteA}&available=false");
        found.Results.ShouldContain(r => r.RecordId == added.Id);
        (await api.Anonymous().SearchAsync(Q("thể thao hôm nay") + $"&site={siteA}&available=true")).Results.ShouldNotContain(r => r.RecordId == added.Id);
        (await api.Anonymous().SearchAsync(Q("giản yếu"))).Results.ShouldNotContain(r => r.RecordId == gone.Id);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_loaded_memory_index_When_a_batch_is_imported_in_bulk_Then_it_finds_the_new_records_and_copies_as_the_SQL_does(string provider)
    {
        var api = await apis.For(provider);
        var (siteA, siteB) = await LoadGeneratedAsync(api, 30);
        await api.Services.GetRequiredService<SearchMemoryIndex>().StartLoading(again: true);
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, siteA);
        var (file, records) = GeneratedFiles.Iso2709(40, seed: 41, Unique.Code("Q"));

        // The import writes records, copies and the index rows by its bulk path, not through the change tracker.
        var batch = await cataloguer.UploadAsync(file, "q.mrc", new Dictionary<string, string>
            { ["source"] = "TEST", ["siteCode"] = siteA, ["matchRule"] = "isbn", ["copyMapping"] = "koha952", ["commit"] = "true" });
        (await cataloguer.WaitForAsync(batch.Id, "Committed")).Added.ShouldBe(40);

        var title = records[0].DataFields("245").First()['a']!;
        await SameAnswers(api, siteA, siteB, new(Title: title), new(Title: title, Site: siteA, Available: true));
        var found = await api.Anonymous().SearchAsync(Q(title) + $"&site={siteA}&available=true");
        found.Total.ShouldBeGreaterThan(0, title);
    }

    private static async Task SameAnswers(LibraryIlsApi api, string siteA, string siteB, params OpacSearchRequest[] more)
    {
        using var scope = api.Services.CreateScope();
        var search = scope.ServiceProvider.GetRequiredService<OpacSearch>();
        var sql = scope.ServiceProvider.GetRequiredService<SqlSearchEngine>();
        var memory = scope.ServiceProvider.GetRequiredService<SearchMemoryIndex>();
        foreach (var request in Requests.Append(new(Site: siteA)).Append(new(Q: "việt", Site: siteB, Available: false)).Concat(more))
        {
            var plan = await search.Plan(request, default);
            var fromMemory = await memory.Find(plan, default);
            fromMemory.ShouldNotBeNull("the memory index is loaded");
            Describe(fromMemory).ShouldBe(Describe(await sql.Find(plan, default)), request.ToString());
        }
    }

    private static string Describe(SearchOutcome outcome) =>
        $"{outcome.Total} :: {string.Join(" ", outcome.Ranked.Select(r => $"{r.DocNo}={r.Score}"))} :: "
        + string.Join(" ; ", outcome.Facets.Where(f => f.Value.Count > 0).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f =>
            $"{f.Key}: {string.Join(",", f.Value.Select(v => $"{v.Value}={v.Count}").Order(StringComparer.Ordinal))}"));
}
