using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Circulation.Rules;

namespace LibraryIls.Circulation.Tests;

public sealed class RuleBookTests
{
    private static readonly Guid Commune = Guid.NewGuid();
    private static readonly Guid Province = Guid.NewGuid();

    private static RuleTerms Terms(int days, int maxLoans = 5) =>
        new(LoanPeriod.Days(days), maxLoans, null, 2, LoanPeriod.Days(7), true, 3, false, 30);

    private static readonly RuleBook Book = new([
        CirculationRule.Create(null, null, null, Terms(14)),
        CirculationRule.Create(null, "THIEU_NHI", null, Terms(7, 3)),
        CirculationRule.Create(null, null, "DIA_CHI", Terms(1) with { OnSiteOnly = true }),
        CirculationRule.Create(Commune, null, null, Terms(21)),
        CirculationRule.Create(Commune, "THIEU_NHI", "SACH", Terms(10)),
    ]);

    [Fact]
    public void Given_no_specific_rule_When_resolved_Then_the_network_default_applies()
    {
        var effective = Book.Resolve(Province, "NGUOI_LON", "SACH");
        effective.Rule.LoanPeriod.ShouldBe(LoanPeriod.Days(14));
        effective.Candidates.Count.ShouldBe(1);
    }

    [Fact]
    public void Given_a_site_rule_and_a_category_rule_When_both_match_Then_the_site_rule_wins()
    {
        Book.Resolve(Commune, "THIEU_NHI", "BAO").Rule.LoanPeriod.ShouldBe(LoanPeriod.Days(21));
        Book.Resolve(Province, "THIEU_NHI", "BAO").Rule.LoanPeriod.ShouldBe(LoanPeriod.Days(7));
    }

    [Fact]
    public void Given_a_cell_for_site_category_and_type_When_all_match_Then_it_is_the_most_specific_and_explained()
    {
        var effective = Book.Resolve(Commune, "thieu_nhi", "SACH");
        effective.Rule.LoanPeriod.ShouldBe(LoanPeriod.Days(10));
        effective.Candidates.Count.ShouldBe(4);
        effective.Reason.En.ShouldContain("most specific of 4");
        effective.Reason.Vi.ShouldContain("cụ thể nhất");
    }

    [Fact]
    public void Given_local_studies_items_When_resolved_Then_they_are_in_house_only()
    {
        Book.Resolve(Province, "NGUOI_LON", "DIA_CHI").Rule.OnSiteOnly.ShouldBeTrue();
    }

    [Fact]
    public void Given_no_rule_at_all_When_resolved_Then_a_409_rule_error_says_so()
    {
        Should.Throw<RuleViolationException>(() => new RuleBook([]).Resolve(Province, "X", "Y")).Code.ShouldBe("NO_CIRCULATION_RULE");
    }

    [Fact]
    public void Given_renewals_without_a_period_When_a_rule_is_made_Then_refused()
    {
        Should.Throw<RuleViolationException>(() => CirculationRule.Create(null, null, null,
            Terms(14) with { RenewalPeriod = LoanPeriod.Days(0) })).Code.ShouldBe("INVALID_RULE");
    }
}
