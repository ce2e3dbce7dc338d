namespace LibraryIls.Circulation.Contracts;

/// <summary>
/// A row of the published view <c>rpt_rotation_batches_v1</c>: one stage of a rotation batch (đợt luân chuyển),
/// that is one destination it went to. A batch moved on to a second point has two rows with the same BatchId.
/// Level, kind and flags are the destination site's at dispatch. Enum values are their names.
/// </summary>
public sealed record RotationBatchRowV1(
    Guid BatchId,
    string BatchCode,
    int StageNumber,
    Guid SendingSiteId,
    Guid DestinationSiteId,
    string DestinationKind,
    string? DestinationPointKind,
    string DestinationLevel,
    bool DestinationIsRural,
    bool DestinationIsDisadvantaged,
    string State,
    DateTime? DispatchedAtUtc,
    DateTime? ReceivedAtUtc,
    DateTime? ReturnedAtUtc,
    DateTime? ClosedAtUtc,
    int CopiesSent,
    int CopiesReturned,
    int CopiesMissing,
    int CopiesDamaged,
    int CopiesMovedOn)
{
    public const string ViewName = "rpt_rotation_batches_v1";
}

/// <summary>
/// A row of <c>rpt_rotation_usage_v1</c>: what a rotation point reported for a period — readers served
/// (lượt bạn đọc) and item uses (lượt sách). The item uses also appear once in rpt_circulation_events_v1 as
/// RotationUse events (Count = ItemUses, OccurredAtUtc = the period's end); readers served appear only here.
/// </summary>
public sealed record RotationUsageRowV1(
    Guid ReportId,
    Guid BatchId,
    Guid SiteId,
    string SiteLevel,
    bool IsRural,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    int ReadersServed,
    int ItemUses)
{
    public const string ViewName = "rpt_rotation_usage_v1";
}

/// <summary>
/// A row of <c>rpt_mobile_van_stops_v1</c>: one stop of a mobile library van trip (xe thư viện lưu động).
/// Items used at the stop also appear in rpt_circulation_events_v1 as MobileUse events (Count = ItemsUsed,
/// site = the van's site); readers served appear only here. StopSiteId is null for a stop that is not a site.
/// </summary>
public sealed record MobileVanStopRowV1(
    Guid TripId,
    DateOnly TripDate,
    Guid VanSiteId,
    int StopNumber,
    Guid? StopSiteId,
    string StopName,
    string? StopPointKind,
    string SiteLevel,
    bool IsRural,
    int ReadersServed,
    int ItemsUsed)
{
    public const string ViewName = "rpt_mobile_van_stops_v1";
}
