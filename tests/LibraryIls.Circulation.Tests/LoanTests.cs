using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Loans;
using LibraryIls.Circulation.Rules;

namespace LibraryIls.Circulation.Tests;

public sealed class LoanTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 10, 0, 0, TimeSpan.FromHours(7));
    private static readonly SiteCalendar OpenDaily = SiteCalendar.For(Guid.NewGuid());

    private static CirculationRule Rule(Func<RuleTerms, RuleTerms>? change = null) => CirculationRule.Create(null, null, null,
        (change ?? (t => t))(new RuleTerms(LoanPeriod.Days(14), 3, 2, 2, LoanPeriod.Days(7), true, 3, false, 10)));

    private static CheckOutFacts Facts(Func<CheckOutFacts, CheckOutFacts>? change = null) => (change ?? (f => f))(new CheckOutFacts(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "NGUOI_LON", "NGUOI_LON", "SACH", CopyAvailability.Available, false,
        new DateOnly(2027, 1, 1), null, 0, 0, 0));

    private static string Refusal(Func<CheckOutFacts, CheckOutFacts> facts, Func<RuleTerms, RuleTerms>? rule = null) =>
        Should.Throw<RuleViolationException>(() => Loan.CheckOut(Facts(facts), Rule(rule), OpenDaily, Now)).Code;

    [Fact]
    public void Given_a_valid_card_and_an_available_copy_When_checked_out_Then_due_by_the_rule()
    {
        var loan = Loan.CheckOut(Facts(), Rule(), OpenDaily, Now);
        DueDates.LocalDay(loan.DueAt).ShouldBe(new DateOnly(2026, 3, 17));
        loan.IsOpen.ShouldBeTrue();
    }

    [Fact]
    public void Given_each_broken_rule_When_checked_out_Then_its_own_stable_code()
    {
        Refusal(f => f with { CardBlockedReason = "Mất thẻ" }).ShouldBe("CARD_BLOCKED");
        Refusal(f => f with { CardExpiredOn = new DateOnly(2026, 3, 2) }).ShouldBe("CARD_EXPIRED");
        Refusal(f => f with { Copy = CopyAvailability.OnLoan }).ShouldBe("ITEM_ALREADY_ON_LOAN");
        Refusal(f => f with { Copy = CopyAvailability.InTransit }).ShouldBe("ITEM_IN_TRANSIT");
        Refusal(f => f with { Copy = CopyAvailability.OnHoldShelf }).ShouldBe("ITEM_ON_HOLD_FOR_OTHER");
        Refusal(f => f with { Copy = CopyAvailability.NotForLoan }).ShouldBe("ITEM_NOT_LOANABLE");
        Refusal(f => f, r => r with { OnSiteOnly = true }).ShouldBe("ITEM_NOT_LOANABLE");
        Refusal(f => f with { OpenLoans = 3 }).ShouldBe("LOAN_LIMIT_REACHED");
        Refusal(f => f with { OpenLoansOfItemType = 2 }).ShouldBe("LOAN_LIMIT_REACHED");
        Refusal(f => f with { MostDaysOverdue = 11 }).ShouldBe("READER_HAS_OVERDUE_ITEMS");
    }

    [Fact]
    public void Given_a_card_that_expires_today_When_checked_out_Then_still_allowed()
    {
        Should.NotThrow(() => Loan.CheckOut(Facts(f => f with { CardExpiredOn = new DateOnly(2026, 3, 3) }), Rule(), OpenDaily, Now));
    }

    [Fact]
    public void Given_a_copy_held_for_this_reader_When_checked_out_Then_allowed()
    {
        Should.NotThrow(() => Loan.CheckOut(Facts(f => f with { Copy = CopyAvailability.OnHoldShelf, HeldForThisReader = true }),
            Rule(), OpenDaily, Now));
    }

    [Fact]
    public void Given_renewals_When_the_limit_is_used_Then_refused_and_an_early_renewal_never_shortens_the_loan()
    {
        var loan = Loan.CheckOut(Facts(), Rule(), OpenDaily, Now);
        var firstDue = loan.DueAt;
        loan.Renew(Rule(), OpenDaily, heldForAnotherReader: false, Now.AddDays(1)); // +7 days from 4 March < 17 March
        loan.DueAt.ShouldBe(firstDue);
        loan.Renew(Rule(), OpenDaily, false, Now.AddDays(13)); // 16 March + 7 = 23 March
        DueDates.LocalDay(loan.DueAt).ShouldBe(new DateOnly(2026, 3, 23));
        Should.Throw<RuleViolationException>(() => loan.Renew(Rule(), OpenDaily, false, Now.AddDays(14))).Code.ShouldBe("RENEWAL_LIMIT_REACHED");
    }

    [Fact]
    public void Given_a_hold_by_another_reader_When_renewed_Then_refused()
    {
        var loan = Loan.CheckOut(Facts(), Rule(), OpenDaily, Now);
        Should.Throw<RuleViolationException>(() => loan.Renew(Rule(), OpenDaily, true, Now)).Code.ShouldBe("ITEM_ON_HOLD_FOR_OTHER");
    }

    [Fact]
    public void Given_a_returned_loan_When_returned_again_or_anonymised_Then_refused_and_reader_forgotten()
    {
        var loan = Loan.CheckOut(Facts(), Rule(), OpenDaily, Now);
        loan.Return(Guid.NewGuid(), Now.AddDays(20));
        loan.DaysOverdue(Now.AddDays(30)).ShouldBe(0);
        Should.Throw<RuleViolationException>(() => loan.Return(Guid.NewGuid(), Now.AddDays(21))).Code.ShouldBe("LOAN_ALREADY_RETURNED");
        loan.Anonymise();
        loan.ReaderId.ShouldBeNull();
    }

    [Fact]
    public void Given_an_open_loan_When_past_due_Then_days_overdue_count_local_days()
    {
        var loan = Loan.CheckOut(Facts(), Rule(), OpenDaily, Now);
        loan.DaysOverdue(Now.AddDays(14)).ShouldBe(0);
        loan.DaysOverdue(new DateTimeOffset(2026, 3, 20, 8, 0, 0, TimeSpan.FromHours(7))).ShouldBe(3);
        loan.Anonymise();
        loan.ReaderId.ShouldNotBeNull(); // an open loan keeps its reader
    }
}
