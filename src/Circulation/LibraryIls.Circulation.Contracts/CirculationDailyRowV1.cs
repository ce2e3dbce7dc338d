namespace LibraryIls.Circulation.Contracts;

/// <summary>
/// A row of the published view <c>rpt_circulation_daily_v1</c>: circulation events of one Vietnamese calendar day
/// (UTC+7) with the same kind, site, site level and reader category. <see cref="Count"/> sums the events' Count,
/// <see cref="Events"/> counts the event rows. A day's group may stand in several rows (the daily summary and the
/// events not summarised yet): always sum. Exact at every instant; the figures of rpt_circulation_events_v1 grouped by day.
/// </summary>
public sealed record CirculationDailyRowV1(
    DateOnly Day,
    string Kind,
    Guid SiteId,
    string SiteLevel,
    string? ReaderCategory,
    long Count,
    long Events)
{
    public const string ViewName = "rpt_circulation_daily_v1";
}
