using LibraryIls.Catalog.Search;
using static LibraryIls.Catalog.Tests.Opac.OpacTestData;

namespace LibraryIls.Catalog.Tests.Opac;

public sealed class VietnameseMatchingTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_record_by_Nguyen_Dinh_Chieu_When_readers_type_the_name_in_any_form_Then_every_form_finds_it(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var tag = Unique.Code("K").Replace("-", "", StringComparison.Ordinal);
        var record = await admin.CreateAsync(Titled($"Lục Vân Tiên {tag}", "Nguyễn Đình Chiểu"));
        var reader = api.Anonymous();

        foreach (var typed in new[] { "Nguyễn Đình Chiểu", "nguyen dinh chieu", "Nguyen Dinh Chieu", "NGUYỄN ĐÌNH CHIỂU", Nfd("Nguyễn Đình Chiểu"), Nfd("nguyễn đình chiểu") })
        {
            var found = await reader.SearchAsync($"{Q(typed)}&title={tag}");
            found.Results.Select(r => r.RecordId).ShouldBe([record.Id], $"typed: {typed}");
        }
        (await reader.SearchAsync($"author={Uri.EscapeDataString("đình chiểu")}&{Q(tag)}")).Total.ShouldBe(1);
        (await reader.SearchAsync($"title={Uri.EscapeDataString("nguyen")}&{Q(tag)}")).Total.ShouldBe(0, "the name is not in the title");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_the_and_the_with_marks_When_a_reader_types_the_with_marks_Then_the_exact_word_ranks_first(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var tag = Unique.Code("R").Replace("-", "", StringComparison.Ordinal);
        var plain = await admin.CreateAsync(Titled($"The Beatles {tag}"));
        var sac = await admin.CreateAsync(Titled($"Thế giới trẻ thơ {tag}"));
        var hoi = await admin.CreateAsync(Titled($"Thể thao học đường {tag}"));
        var reader = api.Anonymous();

        var withMarks = await reader.SearchAsync(Q($"thể {tag}"));
        withMarks.Results.Select(r => r.RecordId).ToList().ShouldBe([hoi.Id, sac.Id, plain.Id]);
        withMarks.Results[0].Score.ShouldBeGreaterThan(withMarks.Results[1].Score);

        var sacTyped = await reader.SearchAsync(Q($"{Nfd("THẾ")} {tag}"));
        sacTyped.Results[0].RecordId.ShouldBe(sac.Id);
        sacTyped.Total.ShouldBe(3, "folded matching still finds the other two");

        var folded = await reader.SearchAsync(Q($"the {tag}"));
        folded.Total.ShouldBe(3);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_word_in_the_title_and_another_record_with_it_as_subject_When_searched_Then_the_title_match_ranks_first(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var tag = Unique.Code("T").Replace("-", "", StringComparison.Ordinal);
        var bySubject = TestRecords.Novel($"Sổ tay {tag}", "Tô Hoài", "895.9223");
        bySubject.AddDataField(new Marc.DataField("650", ' ', '7', new Marc.Subfield('a', "Đồng dao")));
        var subject = await admin.CreateAsync(bySubject);
        var title = await admin.CreateAsync(Titled($"Đồng dao Việt Nam {tag}"));

        var found = await api.Anonymous().SearchAsync(Q($"đồng dao {tag}"));
        found.Results.Select(r => r.RecordId).ToList().ShouldBe([title.Id, subject.Id]);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_an_ISBN_When_searched_with_or_without_hyphens_as_10_or_13_digits_Then_the_record_is_found(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        // 978-604-2-12345-? : a fresh ISBN-13 whose ISBN-10 form is computed by the index.
        var body = "978604" + Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        var isbn13 = body + ((10 - sum % 10) % 10);
        var isbn10 = VietnameseText.OtherIsbnForm(isbn13)!.ToUpperInvariant();
        var record = await admin.CreateAsync(Titled("Sách có ISBN", isbn: $"{isbn13[..3]}-{isbn13[3..6]}-{isbn13[6..12]}-{isbn13[12]}"));
        var reader = api.Anonymous();

        foreach (var typed in new[] { isbn13, $"{isbn13[..3]}-{isbn13[3..6]}-{isbn13[6..12]}-{isbn13[12]}", isbn10, $"{isbn10[..3]}-{isbn10[3..9]}-{isbn10[9]}" })
        {
            (await reader.SearchAsync($"isbn={typed}")).Results.Select(r => r.RecordId).ShouldBe([record.Id], typed);
            (await reader.SearchAsync(Q(typed))).Results.Select(r => r.RecordId).ShouldBe([record.Id], typed);
        }
        (await reader.GetAsync("/api/opac/search?isbn=12-AB")).StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_phrases_and_OR_When_searched_Then_words_must_stand_together_and_either_side_matches(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var tag = Unique.Code("P").Replace("-", "", StringComparison.Ordinal);
        var together = await admin.CreateAsync(Titled($"Hương rừng Cà Mau {tag}"));
        var apart = await admin.CreateAsync(Titled($"Rừng U Minh hương tràm {tag}"));
        var other = await admin.CreateAsync(Titled($"Chí Phèo {tag}"));
        var reader = api.Anonymous();

        (await reader.SearchAsync(Q($"\"huong rung\" {tag}"))).Results.Select(r => r.RecordId).ShouldBe([together.Id]);
        (await reader.SearchAsync(Q($"hương rừng {tag}"))).Total.ShouldBe(2);
        (await reader.SearchAsync(Q($"\"cà mau\" OR \"chí phèo\""))).Results.Select(r => r.RecordId).ShouldBe([other.Id, together.Id], ignoreOrder: true);
        (await reader.SearchAsync(Q($"{tag} chí OR {tag} tràm"))).Results.Select(r => r.RecordId).ShouldBe([apart.Id, other.Id], ignoreOrder: true);
    }
}
