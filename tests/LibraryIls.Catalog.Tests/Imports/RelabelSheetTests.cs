using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Imports;
using LibraryIls.Organization.Contracts;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>The printed sheet of a relabelling round's new labels: in the round's order, each label saying which book it goes on.</summary>
public sealed class RelabelSheetTests
{
    private static readonly SiteInfo Site = new(Guid.NewGuid(), "TV-HUYEN", "Thư viện huyện <Đồng Hỷ>", SiteLevel.District, SiteKind.Library, null, null, false);

    [Fact]
    public void Given_a_round_When_printed_Then_each_copy_has_a_label_with_its_spine_its_new_number_and_the_old_label_to_look_for()
    {
        RelabelList.Line[] round =
        [
            new("895.922334 NGUm", "VV.000123", "VEBRARY-VV.000123", "Dế Mèn phiêu lưu ký", CopyLocation.Lending, "VEBRARY", Guid.NewGuid(), Guid.NewGuid()),
            new("959.7 TRA", "VV.000124", "ILIB-VV.000124", "Lịch sử <Việt Nam> & thế giới, tập một: từ thời dựng nước đến nay", CopyLocation.Lending, "ILIB",
                Guid.NewGuid(), Guid.NewGuid()),
        ];

        var html = RelabelSheet.Html(Site, round, new DateOnly(2026, 12, 5));

        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<meta charset=\"utf-8\">");
        var labels = html.Split("<div class=\"label\">").Skip(1).ToList();
        labels.Count.ShouldBe(2);
        labels[0].ShouldContain("<div class=\"spine\">895<br>.9223<br>34<br>NGUm</div>");
        labels[0].ShouldContain("<div class=\"number\">VEBRARY-VV.000123</div>");
        labels[0].ShouldContain("VV.000123 (VEBRARY) · Dế Mèn phiêu lưu ký", Case.Sensitive, "Vietnamese letters as they are, not entities");
        labels[1].ShouldContain("ILIB-VV.000124");
        labels[1].ShouldContain("Lịch sử &lt;Việt Nam&gt; &amp; thế giới, tập một:…", Case.Sensitive, "escaped, and cut to fit the label");
        labels[1].ShouldNotContain("<Việt Nam>");
        html.ShouldContain("Thư viện huyện &lt;Đồng Hỷ&gt; (TV-HUYEN)");
        html.ShouldContain("2 bản, theo thứ tự trên giá; in ngày 05/12/2026");
    }

    [Fact]
    public void Given_an_empty_round_When_printed_Then_the_page_says_none_and_has_no_label() =>
        RelabelSheet.Html(Site, [], new DateOnly(2026, 12, 5)).ShouldSatisfyAllConditions(
            html => html.ShouldContain("0 bản"),
            html => html.ShouldNotContain("<div class=\"label\">"),
            html => html.ShouldEndWith("</html>\n"));
}
