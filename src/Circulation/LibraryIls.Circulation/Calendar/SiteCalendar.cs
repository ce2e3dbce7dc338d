using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;

namespace LibraryIls.Circulation.Calendar;

/// <summary>
/// When a site is open. A loan never falls due on a day the reader cannot bring the book back:
/// due dates on a closed day move to the next open day (Koha's "useDaysMode = Calendar").
/// </summary>
internal sealed class SiteCalendar
{
    /// <summary>Beyond this, a calendar that never opens is a mistake, not a long holiday.</summary>
    private const int LongestClosure = 366;

    private readonly List<Closure> _closures = [];
    private readonly List<DayOfWeek> _closedWeekdays = [];

    private SiteCalendar() { }

    public Guid SiteId { get; private set; }
    public IReadOnlyCollection<DayOfWeek> ClosedWeekdays => _closedWeekdays;
    public IReadOnlyCollection<Closure> Closures => _closures;

    public static SiteCalendar For(Guid siteId) => new() { SiteId = siteId };

    public void CloseOn(params DayOfWeek[] weekdays)
    {
        _closedWeekdays.Clear();
        _closedWeekdays.AddRange(weekdays.Distinct().Order());
    }

    public void AddClosure(DateOnly from, DateOnly to, string reason)
    {
        if (to < from)
            throw new RuleViolationException("CLOSURE_ENDS_BEFORE_IT_STARTS", new Bilingual(
                "Ngày kết thúc nghỉ trước ngày bắt đầu.", "The closure ends before it starts."));
        _closures.Add(new Closure(from, to, reason.Trim().Normalize()));
    }

    public void RemoveClosure(DateOnly from) => _closures.RemoveAll(c => c.From == from);

    public bool IsOpen(DateOnly day) => !_closedWeekdays.Contains(day.DayOfWeek) && !_closures.Any(c => c.Covers(day));

    public DateOnly NextOpenDay(DateOnly day)
    {
        for (var i = 0; i <= LongestClosure; i++)
        {
            var candidate = day.AddDays(i);
            if (IsOpen(candidate)) return candidate;
        }
        throw new RuleViolationException("SITE_NEVER_OPEN", new Bilingual(
            "Lịch của cơ sở không có ngày mở cửa nào trong một năm tới.", "The site's calendar has no open day in the coming year."));
    }
}
