namespace LibraryIls.Reporting.Annual;

/// <summary>
/// The days a report covers, both ends included, as Vietnamese calendar days (Circular 16/2022: the annual
/// period is 1 January – 31 December). Instants are compared in UTC with the Vietnam day boundaries.
/// </summary>
internal sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Vietnam has kept UTC+7 without daylight saving since 1975.</summary>
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public const int MaxDays = 5 * 366;

    public static ReportPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public bool IsCalendarYear => From.Month == 1 && From.Day == 1 && To == new DateOnly(From.Year, 12, 31);

    /// <summary>The same days a year earlier ("so với cùng kỳ năm trước").</summary>
    public ReportPeriod Previous() => new(From.AddYears(-1), To.AddYears(-1));

    public DateTime StartUtc => StartOfDayUtc(From);

    /// <summary>Exclusive end: the first instant after the period.</summary>
    public DateTime EndUtc => StartOfDayUtc(To.AddDays(1));

    /// <summary>Start of each month bucket, then the day after the period: bucket i is [b(i), b(i+1)).</summary>
    public IReadOnlyList<DateOnly> MonthBoundaries()
    {
        var result = new List<DateOnly> { From };
        var next = new DateOnly(From.Year, From.Month, 1).AddMonths(1);
        while (next <= To)
        {
            result.Add(next);
            next = next.AddMonths(1);
        }
        result.Add(To.AddDays(1));
        return result;
    }

    public IReadOnlyList<string> MonthLabels() =>
        MonthBoundaries().SkipLast(1).Select(d => $"{d.Year:D4}-{d.Month:D2}").ToList();

    public static DateTime StartOfDayUtc(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - VietnamOffset, DateTimeKind.Utc);
}
