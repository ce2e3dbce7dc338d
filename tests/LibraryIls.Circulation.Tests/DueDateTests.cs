using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Rules;

namespace LibraryIls.Circulation.Tests;

public sealed class DueDateTests
{
    /// <summary>Local Vietnam time (UTC+7) as an instant.</summary>
    private static DateTimeOffset Local(int y, int m, int d, int h = 10) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(7));

    private static SiteCalendar ClosedOnMondays()
    {
        var calendar = SiteCalendar.For(Guid.NewGuid());
        calendar.CloseOn(DayOfWeek.Monday);
        return calendar;
    }

    [Fact]
    public void Given_a_14_day_loan_When_the_last_day_is_open_Then_due_at_the_end_of_that_local_day()
    {
        // Tuesday 3 March 2026, 10:00 → Tuesday 17 March, 23:59:59 local.
        var due = DueDates.Compute(Local(2026, 3, 3), LoanPeriod.Days(14), ClosedOnMondays());
        due.ShouldBe(Local(2026, 3, 17, 23).AddMinutes(59).AddSeconds(59));
        due.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Given_the_last_day_is_a_closed_weekday_When_computed_Then_it_moves_to_the_next_open_day()
    {
        // Monday 16 March 2026 is closed: due Tuesday 17 March.
        var due = DueDates.Compute(Local(2026, 3, 2), LoanPeriod.Days(14), ClosedOnMondays());
        DueDates.LocalDay(due).ShouldBe(new DateOnly(2026, 3, 17));
    }

    [Fact]
    public void Given_Tet_holidays_When_a_loan_falls_due_in_them_Then_it_moves_past_the_holiday_and_the_closed_Monday()
    {
        var calendar = ClosedOnMondays();
        calendar.AddClosure(new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 22), "Tết Bính Ngọ");
        // 14 days after 2 February is 16 February, inside Tết; 23 February is a Monday: due Tuesday 24 February.
        var due = DueDates.Compute(Local(2026, 2, 2), LoanPeriod.Days(14), calendar);
        DueDates.LocalDay(due).ShouldBe(new DateOnly(2026, 2, 24));
    }

    [Fact]
    public void Given_an_hour_loan_When_it_ends_on_an_open_day_Then_due_exactly_n_hours_later()
    {
        var start = Local(2026, 3, 3, 9);
        DueDates.Compute(start, LoanPeriod.Hours(3), ClosedOnMondays()).ShouldBe(start.AddHours(3));
    }

    [Fact]
    public void Given_an_hour_loan_When_it_ends_on_a_closed_day_Then_due_at_the_end_of_the_next_open_day()
    {
        // Sunday 22:00 + 4 hours = Monday 02:00 (closed) → Tuesday 23:59:59.
        var due = DueDates.Compute(Local(2026, 3, 8, 22), LoanPeriod.Hours(4), ClosedOnMondays());
        DueDates.LocalDay(due).ShouldBe(new DateOnly(2026, 3, 10));
    }

    [Fact]
    public void Given_a_calendar_closed_every_day_When_computed_Then_a_rule_error_not_an_endless_loop()
    {
        var calendar = SiteCalendar.For(Guid.NewGuid());
        calendar.CloseOn(Enum.GetValues<DayOfWeek>());
        Should.Throw<BuildingBlocks.Errors.RuleViolationException>(() =>
            DueDates.Compute(Local(2026, 3, 3), LoanPeriod.Days(1), calendar)).Code.ShouldBe("SITE_NEVER_OPEN");
    }
}
