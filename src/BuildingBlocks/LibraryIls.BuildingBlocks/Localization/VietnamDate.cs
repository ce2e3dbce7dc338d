namespace LibraryIls.BuildingBlocks.Localization;

/// <summary>The calendar day in Vietnam of an instant: the ministry counts per Vietnamese day, not per UTC day, and a librarian's today is Vietnam's.</summary>
public static class VietnamDate
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateOnly Today(TimeProvider clock) => Of(clock.GetUtcNow());

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Vietnam).DateTime);
}
