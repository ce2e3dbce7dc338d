using LibraryIls.Organization.Contracts;

namespace LibraryIls.Circulation.Rotation.Usage;

/// <summary>
/// What a rotation point reports for a period: readers served (lượt bạn đọc) and item uses (lượt sách). Most
/// points have no system, so counts are all there is; the item uses go to the event log once, as a RotationUse.
/// </summary>
internal sealed class RotationUsageReport
{
    private RotationUsageReport() { }

    public Guid Id { get; private set; }
    public Guid BatchId { get; private set; }
    public int StageNumber { get; private set; }
    public Guid SiteId { get; private set; }
    public SiteLevel SiteLevel { get; private set; }
    public bool IsRural { get; private set; }
    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }
    public int ReadersServed { get; private set; }
    public int ItemUses { get; private set; }
    public DateTimeOffset ReportedAt { get; private set; }
    public string ReportedBy { get; private set; } = "";

    public static RotationUsageReport For(RotationStage stage, SiteInfo site, UsageFigures figures, DateTimeOffset now, string staffName) => new()
    {
        Id = Guid.CreateVersion7(),
        BatchId = stage.BatchId,
        StageNumber = stage.Number,
        SiteId = site.Id,
        SiteLevel = stage.DestinationLevel,
        IsRural = stage.DestinationIsRural,
        PeriodFrom = figures.From,
        PeriodTo = figures.To,
        ReadersServed = figures.ReadersServed,
        ItemUses = figures.ItemUses,
        ReportedAt = now,
        ReportedBy = staffName,
    };
}

/// <summary>One period's counts as entered or read from a file.</summary>
internal sealed record UsageFigures(DateOnly From, DateOnly To, int ReadersServed, int ItemUses);
