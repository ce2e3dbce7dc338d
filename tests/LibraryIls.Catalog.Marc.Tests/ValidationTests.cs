using LibraryIls.Catalog.Marc.Generation;

namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>The MARC21 rules cataloguers care about, each message in Vietnamese and English.</summary>
public class ValidationTests
{
    private readonly MarcValidator _validator = new();

    private static MarcRecord GoodRecord() => new VietnameseRecordGenerator(seed: 7).Next();

    [Fact]
    public void Given_a_generated_vietnamese_record_When_validated_Then_it_is_clean()
    {
        _validator.Validate(GoodRecord()).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Given_no_245_When_validated_Then_an_error_on_245_in_both_languages()
    {
        var record = GoodRecord();
        record.Fields.RemoveAll(f => f.Tag == "245");

        var error = _validator.Validate(record).Errors.ShouldHaveSingleItem();

        error.Tag.ShouldBe("245");
        error.MessageVi.ShouldContain("nhan đề");
        error.MessageEn.ShouldContain("title");
    }

    [Theory]
    [InlineData("9786041234568", false)]
    [InlineData("978-604-1-23456-8", false)]
    [InlineData("9786041234567", true)]
    [InlineData("9780306406157", true)]
    [InlineData("0-306-40615-2 (bìa mềm)", true)]
    [InlineData("080442957X", true)]
    [InlineData("0804429579", false)]
    public void Given_an_isbn_in_020a_When_validated_Then_the_check_digit_decides(string isbn, bool valid)
    {
        var record = GoodRecord();
        record.DataField("020")!.Subfields[0] = new Subfield('a', isbn);

        var errors = _validator.Validate(record).Errors.Where(e => e.Code == "isbn-invalid").ToList();

        errors.Count.ShouldBe(valid ? 0 : 1);
        if (!valid)
        {
            errors[0].SubfieldCode.ShouldBe('a');
        }
    }

    [Theory]
    [InlineData("0378-5955", true)]
    [InlineData("0378-5954", false)]
    [InlineData("2049-3630", true)]
    public void Given_an_issn_in_022a_When_validated_Then_the_check_digit_decides(string issn, bool valid)
    {
        var record = GoodRecord().AddDataField(new DataField("022", ' ', ' ', new Subfield('a', issn)));

        _validator.Validate(record).Errors.Any(e => e.Code == "issn-invalid").ShouldBe(!valid);
    }

    [Theory]
    [InlineData("895.9223", "23/vie", true)]
    [InlineData("959.7", "23", true)]
    [InlineData("813/.54", "22", true)]
    [InlineData("89.5", "23", false)]
    [InlineData("895,9223", "23", false)]
    [InlineData("895.9223", "lần 23", false)]
    public void Given_a_ddc_number_in_082_When_validated_Then_syntax_and_edition_are_checked(string number, string edition, bool valid)
    {
        var record = GoodRecord();
        var ddc = record.DataField("082")!;
        ddc.Subfields.Clear();
        ddc.Add('a', number).Add('2', edition);

        _validator.Validate(record).Errors.Any(e => e.Tag == "082").ShouldBe(!valid);
    }

    [Fact]
    public void Given_a_short_008_When_validated_Then_an_error_names_its_length()
    {
        var record = GoodRecord();
        record.Fields[record.Fields.FindIndex(f => f.Tag == "008")] = new ControlField("008", "0101s2001");

        _validator.Validate(record).Errors.ShouldContain(e => e.Code == "008-length" && e.MessageEn.Contains("9 characters"));
    }

    [Fact]
    public void Given_illegal_indicators_and_subfield_codes_When_validated_Then_each_is_an_error()
    {
        var record = GoodRecord();
        var title = record.DataField("245")!;
        title.Indicators = "9 ";
        title.Add('z', "không có mã này");

        var errors = _validator.Validate(record).Errors.ToList();

        errors.ShouldContain(e => e.Code == "indicator1" && e.Tag == "245");
        errors.ShouldContain(e => e.Code == "subfield-code" && e.SubfieldCode == 'z');
    }

    [Fact]
    public void Given_a_bad_leader_When_validated_Then_the_position_is_named()
    {
        var record = GoodRecord();
        record.Leader = "00000xam a2200000 i 4500";

        _validator.Validate(record).Errors.ShouldContain(e => e.Code == "leader-05");
    }

    [Fact]
    public void Given_an_authority_record_When_validated_Then_bibliographic_rules_do_not_apply()
    {
        var record = Corpus.Read(Corpus.PathOf("folio_migration_tools/tests/test_data/auth_918643.mrc")).Single();

        _validator.Validate(record).Issues.ShouldNotContain(i => i.Code == "245-missing");
    }
}
