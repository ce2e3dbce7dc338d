using LibraryIls.Patrons.Statistics;

namespace LibraryIls.Patrons.Visits;

/// <summary>
/// Entries of readers at a site (lượt bạn đọc): one per card scan, or a count for a session without cards
/// (a reading room with no system). No reader id: a visit is counted, not tracked.
/// </summary>
internal sealed class Visit
{
    private Visit() { }

    public Guid Id { get; private set; }
    public DateOnly VisitDate { get; private set; }
    public DateTime RecordedAtUtc { get; private set; }
    public Guid SiteId { get; private set; }
    public string SiteCode { get; private set; } = "";
    public string SiteLevel { get; private set; } = "";
    public bool IsRural { get; private set; }
    public string? CategoryCode { get; private set; }
    public int Count { get; private set; }
    public VisitSource Source { get; private set; }
    public string? Note { get; private set; }

    /// <summary>Counted in the daily summary (pat_visit_days) by the reporting rollup; until then the published view counts it live.</summary>
    public bool Summarised { get; private set; }

    public static Visit Record(SiteStamp site, DateOnly date, int count, string? categoryCode, VisitSource source,
        string? note, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), VisitDate = date, RecordedAtUtc = now.UtcDateTime, SiteId = site.SiteId,
        SiteCode = site.SiteCode, SiteLevel = site.SiteLevel, IsRural = site.IsRural, CategoryCode = categoryCode,
        Count = count, Source = source, Note = note?.Trim().Normalize(),
    };
}

public enum VisitSource
{
    CardScan = 1,
    SessionCount = 2,
}
