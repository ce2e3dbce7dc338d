using LibraryIls.Circulation.Rules;

namespace LibraryIls.Circulation.Calendar;

/// <summary>Due-date arithmetic in the library's local time (Vietnam), stored as UTC instants.</summary>
internal static class DueDates
{
    public static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>
    /// Day loans are due at the end of the last day (a reader may return any time that day); hour loans
    /// exactly N hours later. Either way a due date on a closed day moves to the end of the next open day.
    /// </summary>
    public static DateTimeOffset Compute(DateTimeOffset from, LoanPeriod period, SiteCalendar calendar)
    {
        var local = TimeZoneInfo.ConvertTime(from, Vietnam);
        if (period.Unit == PeriodUnit.Hours)
        {
            var due = local.AddHours(period.Length);
            var day = DateOnly.FromDateTime(due.DateTime);
            return calendar.IsOpen(day) ? due.ToUniversalTime() : EndOf(calendar.NextOpenDay(day));
        }
        var lastDay = DateOnly.FromDateTime(local.DateTime).AddDays(period.Length);
        return EndOf(calendar.NextOpenDay(lastDay));
    }

    /// <summary>Whole local days past the due date (0 when not overdue).</summary>
    public static int DaysOverdue(DateTimeOffset dueAt, DateTimeOffset now) =>
        now <= dueAt ? 0 : LocalDay(now).DayNumber - LocalDay(dueAt).DayNumber;

    public static DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Vietnam).DateTime);

    private static DateTimeOffset EndOf(DateOnly day)
    {
        var end = day.ToDateTime(new TimeOnly(23, 59, 59));
        return new DateTimeOffset(end, Vietnam.GetUtcOffset(end)).ToUniversalTime();
    }
}
