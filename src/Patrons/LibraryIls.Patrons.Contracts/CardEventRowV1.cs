namespace LibraryIls.Patrons.Contracts;

/// <summary>
/// A row of the published view <c>rpt_patrons_cards_v1</c>: one card event (Issued, Renewed, Replaced, Expired)
/// with the site, its level and rural flag and the reader category as they were at the time. No reader id and
/// no personal data, so the figures survive erasure of the reader.
/// </summary>
public sealed record CardEventRowV1(
    Guid EventId,
    string Kind,
    DateOnly Date,
    DateTime OccurredAtUtc,
    Guid SiteId,
    string SiteCode,
    string SiteLevel,
    bool IsRural,
    string CategoryCode)
{
    public const string ViewName = "rpt_patrons_cards_v1";
}
