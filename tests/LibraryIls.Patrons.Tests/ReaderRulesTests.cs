using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Patrons.Cards;
using LibraryIls.Patrons.Categories;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Readers;

namespace LibraryIls.Patrons.Tests;

public sealed class ReaderRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 1);
    private static readonly ReaderCategory Adults = ReaderCategory.Create("NGUOI_LON", "Người lớn", "Adults", 24, 0, "ADULT");

    private static Reader NewReader() => Reader.Create(
        new ReaderData("Nguyễn Văn A", new DateOnly(1990, 1, 1), Gender.Male, null, null, null, null, null, null, false, null, null),
        Adults, Guid.NewGuid(), Now, null);

    [Fact]
    public void Given_a_valid_card_When_a_second_is_issued_Then_READER_HAS_CARD()
    {
        var reader = NewReader();
        reader.IssueCard("A-1", Guid.NewGuid(), Today.AddYears(1), Now);
        Should.Throw<RuleViolationException>(() => reader.IssueCard("A-2", Guid.NewGuid(), Today.AddYears(1), Now))
            .Code.ShouldBe("READER_HAS_CARD");
    }

    [Fact]
    public void Given_a_blocked_card_When_a_second_is_issued_or_it_is_renewed_Then_refused()
    {
        var reader = NewReader();
        reader.IssueCard("A-1", Guid.NewGuid(), Today.AddYears(1), Now);
        reader.BlockCard("A-1", "nợ sách");
        Should.Throw<RuleViolationException>(() => reader.IssueCard("A-2", Guid.NewGuid(), Today, Now)).Code.ShouldBe("READER_HAS_CARD");
        Should.Throw<RuleViolationException>(() => reader.RenewCard("A-1", Adults, Today)).Code.ShouldBe("CARD_BLOCKED");
    }

    [Fact]
    public void Given_a_card_expired_long_ago_When_renewed_Then_validity_runs_from_today()
    {
        var reader = NewReader();
        reader.IssueCard("A-1", Guid.NewGuid(), new DateOnly(2020, 1, 1), Now);
        reader.ExpireCards(Today).Single().State.ShouldBe(CardState.Expired);
        reader.RenewCard("A-1", Adults, Today).ValidUntil.ShouldBe(Today.AddMonths(24));
    }

    [Fact]
    public void Given_an_erased_reader_When_a_card_is_issued_Then_READER_ERASED()
    {
        var reader = NewReader();
        reader.Erase(Now);
        reader.FoldedName.ShouldBeEmpty();
        Should.Throw<RuleViolationException>(() => reader.IssueCard("A-1", Guid.NewGuid(), Today, Now)).Code.ShouldBe("READER_ERASED");
    }

    [Theory]
    [InlineData("Nguyễn Thị Ánh", "nguyen thi anh")]
    [InlineData("ĐẶNG  VĂN   ĐỨC", "dang van duc")]
    [InlineData("Hoàng Thị Thủy", "hoang thi thuy")]
    public void Given_vietnamese_names_When_folded_Then_tone_marks_case_and_spacing_do_not_matter(string name, string folded)
    {
        VietnameseText.Fold(name).ShouldBe(folded);
        VietnameseText.Fold(name.Normalize(System.Text.NormalizationForm.FormD)).ShouldBe(folded);
    }

    [Fact]
    public void Given_a_site_pattern_When_numbers_are_drawn_Then_they_follow_it_and_count_up()
    {
        var pattern = CardNumberPattern.For(Guid.NewGuid());
        pattern.Change("{SITE}{YY}-{SEQ:4}");
        pattern.Next("X-PH", Today).ShouldBe("X-PH26-0001");
        pattern.Next("X-PH", Today).ShouldBe("X-PH26-0002");
        Should.Throw<RuleViolationException>(() => pattern.Change("{SITE}-no-sequence")).Code.ShouldBe("CARD_PATTERN_INVALID");
    }
}
