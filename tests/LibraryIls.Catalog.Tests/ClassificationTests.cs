using LibraryIls.Catalog.Classification;

namespace LibraryIls.Catalog.Tests;

public sealed class ClassificationTests
{
    [Theory]
    [InlineData("895.9223", true)]
    [InlineData("895.922/3", true)]
    [InlineData("004", true)]
    [InlineData("95", false)]
    [InlineData("895.", false)]
    [InlineData("895.92a", false)]
    [InlineData("", false)]
    public void Given_a_class_number_When_validated_Then_only_DDC_shapes_pass(string text, bool valid) =>
        DdcNumber.IsValid(text).ShouldBe(valid);

    [Fact]
    public void Given_call_numbers_When_sorted_in_shelf_order_Then_DDC_numbers_sort_as_numbers()
    {
        string[] shelf = ["895.93 NGUm", "895.9223 TOd", "895.922 NAMc", "004 BUIg", "959.7 PHAl", "895.9223 NGUm", "398.2 VUt"];
        shelf.Order(ShelfOrder.Instance).ShouldBe(
            ["004 BUIg", "398.2 VUt", "895.922 NAMc", "895.9223 NGUm", "895.9223 TOd", "895.93 NGUm", "959.7 PHAl"]);
    }

    [Fact]
    public void Given_a_long_class_number_When_the_spine_label_is_made_Then_it_is_split_in_lines()
    {
        CallNumber.Parse("398.209597 NGUc").SpineLines().ShouldBe(["398", ".2095", "97", "NGUc"]);
        CallNumber.Parse("895.9223 TOd").SpineLines().ShouldBe(["895", ".9223", "TOd"]);
    }

    [Fact]
    public void Given_a_main_entry_When_the_author_mark_is_built_Then_the_library_rule_applies()
    {
        new AuthorMarkRule().Build("Nguyễn Nhật Ánh", "Mắt biếc").ShouldBe("NGUm");
        new AuthorMarkRule { Source = AuthorMarkSource.GivenName, Letters = 1, WorkMark = false }.Build("Nguyễn Nhật Ánh", "Mắt biếc").ShouldBe("A");
        new AuthorMarkRule { Letters = 2 }.Build("Đoàn Giỏi", "Đất rừng phương Nam").ShouldBe("DOd");
        new AuthorMarkRule().Build(null, "Địa chí Vĩnh Long").ShouldBe("DIA");
    }

    [Fact]
    public void Given_a_caption_file_as_CSV_When_loaded_Then_the_nearest_caption_is_found()
    {
        using var csv = new MemoryStream("895.922,\"Văn học Việt Nam\"\n895.9223,Tiểu thuyết Việt Nam\nnot-a-number,x\n"u8.ToArray());
        var captions = new DdcCaptions(DdcCaptions.Read(csv, ".csv").ToList());
        DdcNumber.TryParse("895.92234", out var number).ShouldBeTrue();
        captions.Nearest(number)!.Value.ShouldBe(("895.9223", "Tiểu thuyết Việt Nam"));
        DdcNumber.TryParse("512", out var maths).ShouldBeTrue();
        captions.Nearest(maths)!.Value.Number.ShouldBe("500");
        captions.MainClassCaption(number).ShouldStartWith("Văn học");
    }

    [Fact]
    public void Given_MARC21_classification_records_When_loaded_Then_153_gives_the_captions()
    {
        var record = new Marc.MarcRecord("00000nw  a2200000n  4500");
        record.AddDataField(new Marc.DataField("153", ' ', ' ', new Marc.Subfield('a', "959.7"), new Marc.Subfield('j', "Việt Nam")));
        var span = new Marc.MarcRecord("00000nw  a2200000n  4500");
        span.AddDataField(new Marc.DataField("153", ' ', ' ', new Marc.Subfield('a', "891"), new Marc.Subfield('c', "899"), new Marc.Subfield('j', "Other literatures")));
        using var file = new MemoryStream([.. Marc.Iso2709Writer.ToBytes(record), .. Marc.Iso2709Writer.ToBytes(span)]);
        var captions = new DdcCaptions(DdcCaptions.Read(file, ".mrc").ToList());
        captions.Count.ShouldBe(11);
        DdcNumber.TryParse("959.704", out var number).ShouldBeTrue();
        captions.Nearest(number)!.Value.ShouldBe(("959.7", "Việt Nam"));
    }
}
