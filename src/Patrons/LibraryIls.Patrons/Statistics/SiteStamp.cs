using LibraryIls.Organization.Contracts;

namespace LibraryIls.Patrons.Statistics;

/// <summary>
/// The site as it was when something was counted: a published view cannot join Organization's tables, and a
/// site that later changes level must not rewrite last year's figures.
/// </summary>
internal sealed record SiteStamp(Guid SiteId, string SiteCode, string SiteLevel, bool IsRural)
{
    public static SiteStamp Of(SiteInfo site) => new(site.Id, site.Code, site.Level.ToString(), site.IsRural);
}
