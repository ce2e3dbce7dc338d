using System.Net;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Catalog.Classification;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LibraryIls.Catalog.Tests.CatalogTestApi;

namespace LibraryIls.Catalog.Tests;

public sealed class CopiesApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_record_When_20_copies_are_added_in_bulk_Then_they_get_consecutive_numbers_and_the_records_call_number(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var record = await cataloguer.CreateAsync(TestRecords.Novel("Mắt biếc", "Nguyễn Nhật Ánh", "895.9223"));
        var prefix = Unique.Code("VV") + ".";

        var response = await cataloguer.PostAsJsonAsync($"{RecordsPath}/{record.Id}/copies/bulk", BulkCopies(prefix + "012345", 20, site));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var copies = (await response.Content.ReadFromJsonAsync<List<CopyResponse>>(TestJson.Options))!;
        copies.Select(c => c.RegistrationNumber).ShouldBe(Enumerable.Range(12345, 20).Select(n => $"{prefix}0{n}"));
        copies.ShouldAllBe(c => c.CallNumber == "895.9223 NGUm" && c.SiteLevel == "Province" && c.Status == CopyStatus.Available);
        var overlapping = await cataloguer.PostAsJsonAsync($"{RecordsPath}/{record.Id}/copies/bulk", BulkCopies(prefix + "012360", 10, site));
        overlapping.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await overlapping.Content.ReadAsStringAsync()).ShouldContain("REGISTRATION_NUMBER_TAKEN");
        (await cataloguer.GetFromJsonAsync<List<CopyResponse>>($"{RecordsPath}/{record.Id}/copies", TestJson.Options))!.Count.ShouldBe(20);
        (await cataloguer.PostAsJsonAsync($"{RecordsPath}/{record.Id}/copies/bulk", BulkCopies("012345", 0, site))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_copies_at_a_site_When_the_shelf_list_is_read_Then_call_numbers_sort_numerically_by_DDC(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var prefix = Unique.Code("KM") + ".";
        var number = 1;
        foreach (var ddc in new[] { "895.93", "895.9223", "895.922", "95.1", "004" }.Take(4).Append("004"))
        {
            var record = await cataloguer.CreateAsync(TestRecords.Novel("Truyện", "Sơn Nam", ddc == "95.1" ? "959.7" : ddc));
            (await cataloguer.PostAsJsonAsync($"{RecordsPath}/{record.Id}/copies/bulk", BulkCopies($"{prefix}{number++:D4}", 1, site))).EnsureSuccessStatusCode();
        }

        var shelf = await cataloguer.GetFromJsonAsync<List<CopyResponse>>($"/api/catalog/copies?siteCode={site}", TestJson.Options);

        shelf!.Select(c => c.CallNumber).ShouldBe(["004 SONt", "895.922 SONt", "895.9223 SONt", "895.93 SONt", "959.7 SONt"]);
        var sorted = await cataloguer.PostAsJsonAsync("/api/catalog/ddc/shelf-order", new[] { "895.93 A", "895.9223 A", "895.922 A" });
        (await sorted.Content.ReadFromJsonAsync<List<string>>())!.ShouldBe(["895.922 A", "895.9223 A", "895.93 A"]);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_copy_When_its_label_and_QR_codes_are_made_Then_the_QR_codes_open_the_records_OPAC_page(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var record = await cataloguer.CreateAsync(TestRecords.Novel("Đất rừng phương Nam", "Đoàn Giỏi", "895.92234"));
        var copy = (await (await cataloguer.PostAsJsonAsync($"{RecordsPath}/{record.Id}/copies/bulk",
            BulkCopies(Unique.Code("TN") + ".000001", 1, site, "Children"))).Content.ReadFromJsonAsync<List<CopyResponse>>(TestJson.Options))!.Single();

        var label = await cataloguer.GetFromJsonAsync<SpineLabel>($"/api/catalog/copies/{copy.Id}/label", TestJson.Options);
        var copyQr = await cataloguer.GetByteArrayAsync(label!.QrCodeUrl);
        var recordQr = await cataloguer.GetByteArrayAsync($"{RecordsPath}/{record.Id}/qr.png");

        var suggested = await cataloguer.GetFromJsonAsync<CallNumberResponse>($"{RecordsPath}/{record.Id}/call-number", TestJson.Options);
        suggested!.CallNumber.ShouldBe("895.92234 DOAd");
        suggested.AuthorMark.ShouldBe("DOAd");
        var link = $"http://127.0.0.1:5080/opac/records/{record.Id}";
        label.Lines.ShouldBe(["895", ".9223", "4", "DOAd"]);
        label.OpacLink.ShouldBe(link);
        copyQr[..8].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
        (await QrDecoder.DecodeAsync(copyQr)).ShouldBe(link);
        (await QrDecoder.DecodeAsync(recordQr)).ShouldBe(link);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_cataloguer_of_another_site_When_adding_a_copy_here_Then_403(string provider)
    {
        var api = await apis.For(provider);
        var here = await api.SiteAsync("District");
        var elsewhere = await api.SiteAsync("District");
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, elsewhere);
        var record = await cataloguer.CreateAsync(TestRecords.Novel("Hương rừng Cà Mau", "Sơn Nam", "895.92234"));

        var response = await cataloguer.PostAsJsonAsync($"{RecordsPath}/{record.Id}/copies/bulk", BulkCopies(Unique.Code("X") + ".1", 1, here));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_copies_When_the_read_views_and_the_copy_contract_are_used_Then_they_show_the_copies(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync("District");
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var record = await cataloguer.CreateAsync(TestRecords.Novel("Lịch sử Việt Nam", "Phan Huy Lê", "959.7"));
        var first = Unique.Code("DC") + ".000100";
        (await cataloguer.PostAsJsonAsync($"{RecordsPath}/{record.Id}/copies/bulk", BulkCopies(first, 3, site, "LocalStudies", "Donation"))).EnsureSuccessStatusCode();
        (await cataloguer.DeleteAsync($"{RecordsPath}/{record.Id}?version=1")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        using var scope = api.Services.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<ICopyCatalog>();
        var found = await catalog.FindByRegistrationNumberAsync(first.ToLowerInvariant(), default);
        found.ShouldNotBeNull();
        found.DdcMainClass.ShouldBe("900");
        found.SiteLevel.ShouldBe(Organization.Contracts.SiteLevel.District);
        await catalog.ChangeStatusAsync(found.Id, CopyStatus.OnLoan, default);
        (await catalog.FindAsync(found.Id, default))!.Status.ShouldBe(CopyStatus.OnLoan);
        var rotationPoint = await api.Services.GetRequiredService<Organization.Contracts.ISiteDirectory>()
            .FindByCodeAsync(await api.SiteAsync("Commune"), default);
        var moved = (await catalog.FindByRegistrationNumberAsync(first.Replace("000100", "000101", StringComparison.Ordinal), default))!;
        await catalog.MoveAsync(moved.Id, rotationPoint!.Id, CopyLocation.Rotation, default);

        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var rows = await db.CopyRowsV1.Where(r => r.RecordId == record.Id).ToListAsync();
        rows.Count.ShouldBe(3);
        var movedRow = rows.Single(r => r.CopyId == moved.Id);
        movedRow.SiteId.ShouldBe(rotationPoint.Id);
        movedRow.SiteLevel.ShouldBe(Organization.Contracts.SiteLevel.Commune);
        movedRow.Location.ShouldBe(CopyLocation.Rotation);
        rows.Where(r => r.CopyId != moved.Id).ShouldAllBe(r => r.SiteLevel == Organization.Contracts.SiteLevel.District && r.Location == CopyLocation.LocalStudies);
        rows.ShouldAllBe(r => r.Source == AcquisitionSource.Donation && r.Price == 85000m && r.DdcMainClass == "900" && r.ItemType == "SACH"
            && r.AcquiredOn == new DateOnly(2026, 3, 15));
        rows.Single(r => r.CopyId == found.Id).Status.ShouldBe(CopyStatus.OnLoan);
        var recordRow = await db.RecordRowsV1.SingleAsync(r => r.RecordId == record.Id);
        recordRow.Title.ShouldBe("Lịch sử Việt Nam : tiểu thuyết");
        recordRow.DdcClass.ShouldBe("959.7");
        recordRow.Year.ShouldBe(2019);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_copy_When_two_cataloguers_change_it_from_the_same_version_Then_the_second_gets_409(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var record = await cataloguer.CreateAsync(TestRecords.Novel("Số đỏ", "Vũ Trọng Phụng", "895.92233"));
        var number = Unique.Code("VV") + ".000777";
        var copy = (await (await cataloguer.PostAsJsonAsync($"{RecordsPath}/{record.Id}/copies",
            new { registrationNumber = number, siteCode = site, location = "Lending", itemType = "SACH", acquiredOn = "2025-12-01", source = "LegalDeposit" }))
            .Content.ReadFromJsonAsync<CopyResponse>(TestJson.Options))!;

        var change = new { registrationNumber = number, siteCode = site, location = "ReadingRoom", itemType = "SACH", acquiredOn = "2025-12-01",
            source = "LegalDeposit", price = 120000, callNumber = "895.92233 VUs", version = copy.Version, status = "Withdrawn" };
        var first = await cataloguer.PutAsJsonAsync($"/api/catalog/copies/{copy.Id}", change);
        var second = await cataloguer.PutAsJsonAsync($"/api/catalog/copies/{copy.Id}", change);

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var changed = (await first.Content.ReadFromJsonAsync<CopyResponse>(TestJson.Options))!;
        changed.Location.ShouldBe(CopyLocation.ReadingRoom);
        changed.CallNumber.ShouldBe("895.92233 VUs");
        changed.Status.ShouldBe(CopyStatus.Withdrawn);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await cataloguer.DeleteAsync($"/api/catalog/copies/{copy.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await cataloguer.GetAsync($"/api/catalog/copies/{copy.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_DDC_numbers_When_checked_Then_valid_ones_get_their_main_class_and_others_400(string provider)
    {
        var cataloguer = await (await apis.For(provider)).AdminAsync();

        var ddc = await cataloguer.GetFromJsonAsync<DdcResponse>("/api/catalog/ddc/895.9223", TestJson.Options);

        ddc!.MainClass.ShouldBe("800");
        ddc.MainClassCaption.ShouldContain("Literature");
        (await cataloguer.GetAsync("/api/catalog/ddc/89.5")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
