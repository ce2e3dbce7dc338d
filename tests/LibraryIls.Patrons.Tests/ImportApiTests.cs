using System.Text;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Import;
using LibraryIls.Patrons.Readers;

namespace LibraryIls.Patrons.Tests;

public sealed class ImportApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    private static readonly Dictionary<string, string> EmicLibMapping = new()
    {
        ["fullName"] = "Họ và tên", ["dateOfBirth"] = "Ngày sinh", ["gender"] = "Giới tính", ["category"] = "Đối tượng",
        ["cardNumber"] = "Số thẻ", ["cardValidUntil"] = "Hạn thẻ", ["commune"] = "Xã", ["citizenId"] = "CCCD",
    };

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_legacy_csv_with_bad_rows_and_a_taken_card_number_When_imported_Then_good_rows_are_saved_bad_rows_come_back_and_the_number_gets_the_source_prefix(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        var taken = await Desk.IssueCardAsync(admin, (await Desk.CreateReaderAsync(admin, Desk.Reader(site))).Id);
        var takenNumber = taken.Cards.Single().Number;
        var s = Guid.NewGuid().ToString("N")[..6];
        var csv = new StringBuilder()
            .AppendLine("Họ và tên;Ngày sinh;Giới tính;Đối tượng;Số thẻ;Hạn thẻ;Xã;CCCD")
            .AppendLine($"Nguyễn Văn An {s};12/03/1990;Nam;Người lớn;EM-{s}-1;31/12/2030;Xã Hòa Bình;")
            .AppendLine($"Trần Thị Bình {s};1/2/2010;Nữ;HOC_SINH;{takenNumber};;;")
            .AppendLine($"Không Ngày Sinh {s};;Nam;NGUOI_LON;EM-{s}-3;;;")
            .AppendLine($"Ngày Sai {s};31/02/1990;Nam;NGUOI_LON;;;;")
            .AppendLine($"Đối Tượng Lạ {s};01/01/1980;Nam;Hội viên;;;;")
            .AppendLine($"nguyen van an {s};12/03/1990;nam;NGUOI_LON;EM-{s}-6;;;")
            .AppendLine($"Lê CCCD Sai {s};01/01/1980;Nam;NGUOI_LON;;;;12AB")
            .ToString();

        var result = await (await admin.PostAsJsonAsync("/api/patrons/imports", new ImportRequest("csv",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(csv)), site, "emiclib", EmicLibMapping))).ReadAsync<ImportResult>();

        result.Accepted.ShouldBe(2);
        result.Failed.Select(f => f.Row).ShouldBe([4, 5, 6, 7, 8]);
        result.Failed.Single(f => f.Row == 7).Reasons.Single().ShouldStartWith("DUPLICATE_READER");
        result.Renumbered.ShouldBe([new RenumberedCard(3, takenNumber, $"EMICLIB-{takenNumber}")]);

        var found = await admin.GetFromJsonAsync<List<ReaderSummary>>($"/api/patrons/readers?q={s}", TestJson.Options);
        found!.Select(r => r.CurrentCardNumber).Order().ShouldBe([$"EM-{s}-1", $"EMICLIB-{takenNumber}"]);
        var an = await admin.GetFromJsonAsync<ReaderResponse>($"/api/patrons/readers/{found!.Single(r => r.CurrentCardNumber == $"EM-{s}-1").Id}", TestJson.Options);
        an!.Cards.Single().ValidUntil.ShouldBe(new DateOnly(2030, 12, 31));
        an.Commune.ShouldBe("Xã Hòa Bình");
        an.Source.ShouldBe("EMICLIB");
        // Legacy cards were issued by the old system: not counted as issued this year.
        (await Views.ReadAsync<CardEventRowV1>(api, CardEventRowV1.ViewName, site)).Count.ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_legacy_xlsx_When_imported_Then_text_and_serial_dates_are_read_and_a_bad_row_is_reported(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        var s = Guid.NewGuid().ToString("N")[..6];
        var file = Xlsx.Write(
        [
            ["Họ và tên", "Ngày sinh", "Giới tính", "Đối tượng", "Số thẻ", "Hạn thẻ"],
            [$"Phạm Minh Châu {s}", new DateOnly(2001, 7, 15), "Nữ", "Sinh viên", $"VB-{s}", new DateOnly(2029, 6, 30)],
            [$"Hồ Văn Dũng {s}", "20/11/1955", "Nam", "NGUOI_CAO_TUOI", null, null],
            [null, "01/01/2000", "Nam", "NGUOI_LON", null, null],
        ]);

        var result = await (await admin.PostAsJsonAsync("/api/patrons/imports", new ImportRequest("xlsx",
            Convert.ToBase64String(file), site, "vebrary", EmicLibMapping, "NGUOI_LON"))).ReadAsync<ImportResult>();

        result.Accepted.ShouldBe(2);
        result.Failed.Single().Row.ShouldBe(4);
        var found = await admin.GetFromJsonAsync<List<ReaderSummary>>($"/api/patrons/readers?q={s}", TestJson.Options);
        var chau = found!.Single(r => r.CurrentCardNumber == $"VB-{s}");
        chau.DateOfBirth.ShouldBe(new DateOnly(2001, 7, 15));
        chau.CategoryCode.ShouldBe("SINH_VIEN");
        found!.Single(r => r.CurrentCardNumber is null).CategoryCode.ShouldBe("NGUOI_CAO_TUOI");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_mapping_without_birth_date_or_an_unknown_field_When_imported_Then_400(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        var content = Convert.ToBase64String(Encoding.UTF8.GetBytes("a,b\n1,2\n"));
        (await admin.PostAsJsonAsync("/api/patrons/imports", new ImportRequest("csv", content, site, "ilib",
            new Dictionary<string, string> { ["fullName"] = "a" }))).StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync("/api/patrons/imports", new ImportRequest("csv", content, site, "ilib",
            new Dictionary<string, string> { ["fullName"] = "a", ["dateOfBirth"] = "b", ["shoeSize"] = "c" }))).StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
    }
}
