using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LibraryIls.Catalog.Tests.CatalogTestApi;

namespace LibraryIls.Catalog.Tests;

public sealed class RecordsApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_valid_record_When_created_as_MARC_in_JSON_Then_201_with_its_fields_and_the_warnings(string provider)
    {
        var api = await apis.For(provider);
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, await api.SiteAsync());
        var marc = TestRecords.Novel("Mắt biếc", "Nguyễn Nhật Ánh", "895.9223");
        ((DataField)marc.GetFields("082").Single()).Subfields.RemoveAll(s => s.Code == '2'); // 082 without its edition: a warning only

        var created = await cataloguer.CreateAsync(marc);

        created.Version.ShouldBe(1);
        created.Title.ShouldBe("Mắt biếc : tiểu thuyết");
        created.DdcClass.ShouldBe("895.9223");
        created.Authors.ShouldBe(["Nguyễn Nhật Ánh"]);
        created.Warnings.Select(w => w.Code).ShouldContain("ddc-edition-missing");
        var read = await cataloguer.GetFromJsonAsync<RecordResponse>($"{RecordsPath}/{created.Id}", TestJson.Options);
        read!.Publisher.ShouldBe("Nxb. Trẻ");
        read.Isbns.ShouldBe(["9786041234567"]);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_record_with_a_malformed_DDC_number_and_ISBN_When_saved_Then_400_lists_the_fields_and_nothing_is_saved(string provider)
    {
        var api = await apis.For(provider);
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, await api.SiteAsync());
        var marc = TestRecords.Novel("Số đỏ", "Vũ Trọng Phụng", "89X.1", isbn: "978-604-1-23456-0");

        var response = await cataloguer.PostAsync(RecordsPath, Json(marc));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("082$a");
        body.ShouldContain("020$a");
        var created = await cataloguer.CreateAsync(TestRecords.Novel("Số đỏ", "Vũ Trọng Phụng", "895.9223"));
        (await cataloguer.PutAsync(created.Id, Json(marc), created.Version)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_records_sent_as_ISO_2709_and_MARCXML_When_read_back_in_each_format_Then_the_bytes_are_identical(string provider)
    {
        var api = await apis.For(provider);
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, await api.SiteAsync());
        var generated = new Marc.Generation.VietnameseRecordGenerator(seed: 77).Next();
        var iso = Iso2709Writer.ToBytes(generated);

        var created = await cataloguer.PostAsync(RecordsPath, Iso(iso));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<RecordResponse>(TestJson.Options))!.Id;
        (await cataloguer.GetAsAsync($"{RecordsPath}/{id}", "application/marc")).ShouldBe(iso);
        var xml = await cataloguer.GetAsAsync($"{RecordsPath}/{id}", "application/marcxml+xml");

        // The MARCXML goes back in as the next version and both representations still match byte for byte.
        var put = await cataloguer.PutAsync(id, new ByteArrayContent(xml) { Headers = { ContentType = new MediaTypeHeaderValue("application/marcxml+xml") } }, 1);
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        (await cataloguer.GetAsAsync($"{RecordsPath}/{id}", "application/marcxml+xml")).ShouldBe(xml);
        (await cataloguer.GetAsAsync($"{RecordsPath}/{id}", "application/marc")).ShouldBe(iso);

        // And the JSON representation's MARC goes back in unchanged too.
        var json = await cataloguer.GetFromJsonAsync<RecordResponse>($"{RecordsPath}/{id}", TestJson.Options);
        var again = await cataloguer.PutAsync(id, new StringContent($"{{\"version\":2,\"marc\":{json!.Marc.GetRawText()}}}", Encoding.UTF8, "application/json"), null);
        again.StatusCode.ShouldBe(HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
        (await cataloguer.GetAsAsync($"{RecordsPath}/{id}", "application/marc")).ShouldBe(iso);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_two_cataloguers_editing_version_1_When_both_save_Then_the_second_gets_409_and_the_first_change_stays(string provider)
    {
        var api = await apis.For(provider);
        var first = await api.StaffAsync(Roles.Cataloguer, await api.SiteAsync());
        var second = await api.StaffAsync(Roles.Cataloguer, await api.SiteAsync());
        var created = await first.CreateAsync(TestRecords.Novel("Tắt đèn", "Ngô Tất Tố", "895.9223"));

        var saved = await first.PutAsync(created.Id, Json(TestRecords.Novel("Tắt đèn", "Ngô Tất Tố", "895.92233")), created.Version);
        var late = await second.PutAsync(created.Id, Json(TestRecords.Novel("Tắt đèn", "Ngô Tất Tố", "895.92234")), created.Version);

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        saved.Headers.ETag!.Tag.ShouldBe("\"2\"");
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.Content.ReadAsStringAsync()).ShouldContain("CONCURRENT_CHANGE");
        (await second.GetFromJsonAsync<RecordResponse>($"{RecordsPath}/{created.Id}", TestJson.Options))!.DdcClass.ShouldBe("895.92233");
        (await second.PutAsync(created.Id, Json(TestRecords.Novel("Tắt đèn", "Ngô Tất Tố", "895.9")), null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_changed_record_When_version_1_is_restored_Then_its_MARC_is_current_again_and_history_says_who(string provider)
    {
        var api = await apis.For(provider);
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, await api.SiteAsync());
        var original = TestRecords.Novel("Chí Phèo", "Nam Cao", "895.92234");
        var created = await cataloguer.CreateAsync(original);
        var originalIso = await cataloguer.GetAsAsync($"{RecordsPath}/{created.Id}", "application/marc");
        (await cataloguer.GetAsAsync($"{RecordsPath}/{created.Id}/history/1", "application/marc")).ShouldBe(originalIso);
        (await cataloguer.PutAsync(created.Id, Json(TestRecords.Novel("Chí Phèo (tái bản)", "Nam Cao", "895.92234")), 1)).EnsureSuccessStatusCode();
        var editedIso = await cataloguer.GetAsAsync($"{RecordsPath}/{created.Id}", "application/marc");

        var history = (await cataloguer.GetFromJsonAsync<List<RecordVersionResponse>>($"{RecordsPath}/{created.Id}/history", TestJson.Options))!;
        history.Select(h => h.Kind).ShouldBe(["Created", "Updated"]);
        history[1].ChangedTags.ShouldContain("245");
        history[1].ChangedBy.ShouldStartWith("cataloguer.");
        (await cataloguer.GetAsAsync($"{RecordsPath}/{created.Id}/history/1", "application/marc")).ShouldBe(originalIso);

        using var restore = new HttpRequestMessage(HttpMethod.Post, $"{RecordsPath}/{created.Id}/history/1/restore");
        restore.Headers.IfMatch.Add(new EntityTagHeaderValue("\"2\""));
        var restored = await cataloguer.SendAsync(restore);

        restored.StatusCode.ShouldBe(HttpStatusCode.OK, await restored.Content.ReadAsStringAsync());
        (await restored.Content.ReadFromJsonAsync<RecordResponse>(TestJson.Options))!.Version.ShouldBe(3);
        (await cataloguer.GetAsAsync($"{RecordsPath}/{created.Id}", "application/marc")).ShouldBe(originalIso);
        (await cataloguer.GetFromJsonAsync<List<RecordVersionResponse>>($"{RecordsPath}/{created.Id}/history", TestJson.Options))!
            .Last().Kind.ShouldBe("Restored");
        (await cataloguer.GetAsAsync($"{RecordsPath}/{created.Id}/history/2", "application/marc")).ShouldBe(editedIso);
        (await cataloguer.GetAsAsync($"{RecordsPath}/{created.Id}/history/3", "application/marc")).ShouldBe(originalIso);
        // Stored once: only the versions the record has left hold a MARC of their own.
        (await StoredMarcLengths(api, created.Id)).Select(length => length > 0).ShouldBe([true, true, false]);
    }

    private static async Task<List<int>> StoredMarcLengths(LibraryIlsApi api, Guid id)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        return await db.RecordVersions.Where(v => v.RecordId == id).OrderBy(v => v.Version).Select(v => v.Marc.Length).ToListAsync();
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_record_When_deleted_Then_it_is_gone_and_its_history_is_kept(string provider)
    {
        var api = await apis.For(provider);
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, await api.SiteAsync());
        var created = await cataloguer.CreateAsync(TestRecords.Novel("Vợ chồng A Phủ", "Tô Hoài", "895.92234"));
        var iso = await cataloguer.GetAsAsync($"{RecordsPath}/{created.Id}", "application/marc");

        using var stale = new HttpRequestMessage(HttpMethod.Delete, $"{RecordsPath}/{created.Id}?version=7");
        (await cataloguer.SendAsync(stale)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var deleted = await cataloguer.DeleteAsync($"{RecordsPath}/{created.Id}?version=1");

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await cataloguer.GetAsync($"{RecordsPath}/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await cataloguer.GetFromJsonAsync<List<RecordVersionResponse>>($"{RecordsPath}/{created.Id}/history", TestJson.Options))!
            .Select(h => h.Kind).ShouldBe(["Created", "Deleted"]);
        (await cataloguer.GetAsAsync($"{RecordsPath}/{created.Id}/history/1", "application/marc")).ShouldBe(iso);
        (await cataloguer.GetAsAsync($"{RecordsPath}/{created.Id}/history/2", "application/marc")).ShouldBe(iso);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_desk_staff_When_they_create_a_record_Then_403_but_they_may_read(string provider)
    {
        var api = await apis.For(provider);
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, await api.SiteAsync());
        var desk = await api.StaffAsync(Roles.DeskStaff, await api.SiteAsync());
        var created = await cataloguer.CreateAsync(TestRecords.Novel("Gió lạnh đầu mùa", "Thạch Lam", "895.92233"));

        (await desk.PostAsync(RecordsPath, Json(TestRecords.Novel("Hà Nội băm sáu phố phường", "Thạch Lam", "895.9228")))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await desk.GetAsync($"{RecordsPath}/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_one_author_written_in_NFC_and_in_NFD_with_a_comma_When_records_are_listed_by_author_Then_both_are_found_under_one_heading(string provider)
    {
        var api = await apis.For(provider);
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, await api.SiteAsync());
        var name = $"Trần Đăng Khoa {Unique.Code("T")}";
        await cataloguer.CreateAsync(TestRecords.Novel("Góc sân và khoảng trời", name.Normalize(NormalizationForm.FormC), "895.9221"));
        await cataloguer.CreateAsync(TestRecords.Novel("Thơ Trần Đăng Khoa", name.Normalize(NormalizationForm.FormD) + ",", "895.9221"));

        var byAuthor = await cataloguer.GetFromJsonAsync<List<RecordSummary>>(
            $"{RecordsPath}?author={Uri.EscapeDataString(name.Normalize(NormalizationForm.FormD))}", TestJson.Options);
        byAuthor!.Count.ShouldBe(2);
        var headings = await cataloguer.GetFromJsonAsync<List<HeadingCount>>($"{RecordsPath}/headings?kind=author&take=1000", TestJson.Options);
        headings!.Where(h => h.Heading.Contains(name.Split(' ')[^1], StringComparison.Ordinal)).ShouldHaveSingleItem().Records.ShouldBe(2);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_titles_with_tone_marks_and_capitals_When_listed_or_exported_by_title_words_typed_any_way_Then_the_records_are_found(string provider)
    {
        var api = await apis.For(provider);
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, await api.SiteAsync());
        var code = Unique.Code("T");
        var land = await cataloguer.CreateAsync(TestRecords.Novel($"Đất rừng phương Nam {code}", "Đoàn Giỏi", "895.9223"));
        var forest = await cataloguer.CreateAsync(TestRecords.Novel($"Rừng xà nu {code}", "Nguyên Ngọc", "895.9223"));

        // A capital Đ or Ư at the start of a title, tone marks typed or not, NFC or NFD: one and the same title.
        foreach (var typed in new[] { "Đất rừng phương Nam", "đất rừng", "dat rung phuong nam", "ĐẤT RỪNG PHƯƠNG NAM", "Đất rừng".Normalize(NormalizationForm.FormD) })
        {
            var found = await ListedAsync(cataloguer, typed);
            found.ShouldContain(land.Id, typed);
            found.ShouldNotContain(forest.Id, typed);
        }
        (await ListedAsync(cataloguer, $"rung {code}")).ShouldNotContain(land.Id);
        (await ListedAsync(cataloguer, $"nam {code}")).ShouldBe([land.Id]);
        (await ListedAsync(cataloguer, $"RỪNG XÀ NU {code}")).ShouldBe([forest.Id]);
        (await ListedAsync(cataloguer, "rừng")).ShouldBeSubsetOf(await ListedAsync(cataloguer, "rung"));
        (await ListedAsync(cataloguer, "rung")).ShouldContain(forest.Id);
        (await ListedAsync(cataloguer, "rừng đất")).ShouldNotContain(land.Id);

        var exported = await cataloguer.GetStringAsync($"/api/catalog/exports?format=json&q={Uri.EscapeDataString($"dat rung phuong nam {code}")}");
        exported.ShouldContain("Đất rừng phương Nam");
        exported.ShouldNotContain("Rừng xà nu");
    }

    private static async Task<List<Guid>> ListedAsync(HttpClient client, string q) =>
        [.. (await client.GetFromJsonAsync<List<RecordSummary>>($"{RecordsPath}?q={Uri.EscapeDataString(q)}&take=500", TestJson.Options))!.Select(r => r.Id)];
}
