using System.Text;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Headings;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Records;

namespace LibraryIls.Catalog.Tests;

public sealed class CatalogRulesTests
{
    [Fact]
    public void Given_a_first_registration_number_When_a_run_of_20_is_made_Then_the_numbers_are_consecutive_with_their_width()
    {
        RegistrationNumber.TryParse("vv.012345", out var first).ShouldBeTrue();
        var run = first.Run(20);
        run[0].ShouldBe("VV.012345");
        run[^1].ShouldBe("VV.012364");
        run.Distinct().Count().ShouldBe(20);
        RegistrationNumber.TryParse("DC2024000099", out var noDot).ShouldBeTrue();
        noDot.Run(2)[1].ShouldBe("DC2024000100");
        RegistrationNumber.IsWellFormed("VV.").ShouldBeFalse();
    }

    [Fact]
    public void Given_one_author_in_NFC_NFD_and_with_trailing_punctuation_When_keyed_Then_one_key()
    {
        var nfc = "Nguyễn Nhật Ánh".Normalize(NormalizationForm.FormC);
        var nfd = "Nguyễn Nhật Ánh,".Normalize(NormalizationForm.FormD);
        HeadingKey.Of(nfd).ShouldBe(HeadingKey.Of(nfc));
        HeadingKey.Of("Văn học Việt Nam.").ShouldBe(HeadingKey.Of("văn học  Việt Nam"));
        HeadingKey.Of("Nguyễn Nhật Anh").ShouldNotBe(HeadingKey.Of(nfc));
    }

    [Fact]
    public void Given_a_MARC_record_When_its_fields_are_read_Then_title_authors_publisher_year_ddc_and_flags_come_out()
    {
        var marc = TestRecords.Novel("Mắt biếc", "Nguyễn Nhật Ánh,", "895.9223");
        marc.AddDataField(new DataField("690", ' ', ' ', new Subfield('a', "Địa chí Vĩnh Long")));
        var fields = RecordFields.From(marc);
        fields.Title.ShouldBe("Mắt biếc : tiểu thuyết");
        fields.Responsibility.ShouldBe("Nguyễn Nhật Ánh");
        fields.MainEntry.ShouldBe("Nguyễn Nhật Ánh");
        fields.Publisher.ShouldBe("Nxb. Trẻ");
        fields.Year.ShouldBe(2019);
        fields.Language.ShouldBe("vie");
        fields.DdcClass.ShouldBe("895.9223");
        fields.DdcMainClass.ShouldBe("800");
        fields.Isbns.ShouldBe(["9786041234567"]);
        fields.Subjects.ShouldContain("Văn học Việt Nam -- Tiểu thuyết");
        fields.IsLocalStudies.ShouldBeTrue();
    }

    [Fact]
    public void Given_a_record_When_written_and_read_as_MARC_in_JSON_Then_nothing_is_lost()
    {
        var marc = TestRecords.Novel("Dế Mèn phiêu lưu ký", "Tô Hoài", "895.92234");
        var back = MarcJson.Read(MarcJson.ToElement(marc));
        Iso2709Writer.ToBytes(back).ShouldBe(Iso2709Writer.ToBytes(marc));
    }

    [Fact]
    public void Given_a_copy_When_the_cataloguer_records_its_condition_Then_circulation_statuses_stay_with_circulation()
    {
        var site = new Organization.Contracts.SiteInfo(Guid.NewGuid(), "TVT", "Thư viện tỉnh", Organization.Contracts.SiteLevel.Province,
            Organization.Contracts.SiteKind.Library, null, null, false);
        var copy = Copy.Create(Guid.NewGuid(), "vv.000001", site, new CopyDetails(Contracts.CopyLocation.Lending, "sach", "895.9223 NGUm",
            50_000, new DateOnly(2026, 1, 5), Contracts.AcquisitionSource.Purchase), DateTimeOffset.UtcNow);

        copy.RegistrationNumber.ShouldBe("VV.000001");
        copy.RecordCondition(Contracts.CopyStatus.Damaged);
        copy.Status.ShouldBe(Contracts.CopyStatus.Damaged);
        Should.Throw<BuildingBlocks.Errors.RuleViolationException>(() => copy.RecordCondition(Contracts.CopyStatus.OnLoan))
            .Code.ShouldBe("COPY_STATUS_BELONGS_TO_CIRCULATION");
        copy.ChangeStatus(Contracts.CopyStatus.OnLoan);
        Should.Throw<BuildingBlocks.Errors.RuleViolationException>(() => copy.RecordCondition(Contracts.CopyStatus.Withdrawn));
        Should.Throw<BuildingBlocks.Errors.RuleViolationException>(() => copy.Change(site, new CopyDetails(Contracts.CopyLocation.Lending,
            "SACH", "", -1, new DateOnly(2026, 1, 5), Contracts.AcquisitionSource.Purchase))).Code.ShouldBe("COPY_PRICE_NEGATIVE");
    }
}
