using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Matching;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>TCVN3 and VNI text recognised and converted; other languages' 8-bit letters left alone; matching normalisation.</summary>
public sealed class LegacyEncodingTests
{
    private const string Text = "Lịch sử Việt Nam: đường Trường Sơn, nghiêng nước nghiêng thành";

    [Theory]
    [InlineData(VietnameseLegacyEncoding.Tcvn3)]
    [InlineData(VietnameseLegacyEncoding.Vni)]
    public void Given_Vietnamese_text_in_a_legacy_encoding_When_detected_and_converted_Then_it_reads_as_the_unicode_original(VietnameseLegacyEncoding encoding)
    {
        var legacy = VietnameseLegacyText.Encode(Text, encoding);
        legacy.ShouldNotBe(Text);
        legacy.ShouldAllBe(c => c <= '\u00FF');
        var record = Record(legacy, "vie");

        VietnameseLegacyText.Detect(record).ShouldBe(encoding);
        VietnameseLegacyText.Convert(record, encoding);

        record.Title.ShouldBe(Text);
    }

    [Fact]
    public void Given_a_capitals_word_in_TCVN3_When_converted_Then_its_letters_stay_capitals()
    {
        VietnameseLegacyText.Decode(VietnameseLegacyText.Encode("VIỆT NAM", VietnameseLegacyEncoding.Tcvn3), VietnameseLegacyEncoding.Tcvn3)
            .ShouldBe("VIỆT NAM");
    }

    [Theory]
    [InlineData("Société générale des éditeurs à Genève", "fre")]
    [InlineData("Über die Straße führt der Weg", "ger")]
    [InlineData("Société générale des éditeurs à Genève", "   ")]
    [InlineData("Truyện Kiều của Nguyễn Du", "vie")]
    public void Given_real_latin_or_unicode_text_When_detected_Then_no_legacy_encoding_is_seen(string text, string language)
    {
        VietnameseLegacyText.Detect(Record(text, language)).ShouldBeNull();
    }

    [Fact]
    public void Given_variant_titles_When_folded_for_matching_Then_case_punctuation_tone_marks_and_d_stroke_do_not_count()
    {
        MatchText.Fold("Đất rừng phương Nam : tiểu thuyết /").ShouldBe("dat rung phuong nam tieu thuyet");
        MatchText.Fold("ĐẤT RỪNG PHƯƠNG NAM tiểu thuyết".Normalize(System.Text.NormalizationForm.FormD)).ShouldBe("dat rung phuong nam tieu thuyet");
        MatchKeys.Isbn13("6041234567").ShouldBe("9786041234567");
    }

    private static MarcRecord Record(string title, string language) =>
        new MarcRecord()
            .AddControlField("008", "260101s2026    vm            000 0 " + language + " d")
            .AddDataField(new DataField("245", '1', '0', new Subfield('a', title)));
}
