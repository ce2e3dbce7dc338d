namespace LibraryIls.Circulation.Contracts;

/// <summary>
/// A row of the published view <c>rpt_circulation_events_v1</c>: one circulation event (or, for rotation
/// points and van stops that report counts, <see cref="Count"/> of them) with the site's level and the
/// reader's category at the time — never the reader. Kind and SiteLevel are the enum names.
/// </summary>
public sealed record CirculationEventRowV1(
    long EventId,
    string Kind,
    DateTime OccurredAtUtc,
    Guid SiteId,
    string SiteLevel,
    Guid? CopyId,
    string? ItemType,
    string? DdcMainClass,
    string? ReaderCategory,
    int Count)
{
    public const string ViewName = "rpt_circulation_events_v1";
}
