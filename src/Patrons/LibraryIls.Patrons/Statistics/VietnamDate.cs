namespace LibraryIls.Patrons.Statistics;

/// <summary>The ministry counts per calendar day in Vietnam, not per UTC day.</summary>
internal static class VietnamDate
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateOnly Today(TimeProvider clock) => Of(clock.GetUtcNow());

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Vietnam).DateTime);
}
