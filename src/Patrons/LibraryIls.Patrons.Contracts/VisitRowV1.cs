namespace LibraryIls.Patrons.Contracts;

/// <summary>
/// A row of the published view <c>rpt_patrons_visits_v1</c>: reader visits (lượt bạn đọc) per day, site and
/// reader category (null when counted without cards), with the site's level and rural flag at the time.
/// </summary>
public sealed record VisitRowV1(
    DateOnly Date,
    Guid SiteId,
    string SiteCode,
    string SiteLevel,
    bool IsRural,
    string? CategoryCode,
    long Count)
{
    public const string ViewName = "rpt_patrons_visits_v1";
}
