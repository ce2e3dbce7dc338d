using System.Security.Claims;
using LibraryIls.Organization.Contracts;

namespace LibraryIls.Circulation.Desk;

/// <summary>The site a desk works at, checked against the staff member's sites before anything happens.</summary>
internal sealed class DeskSite(ISiteDirectory sites, IStaffSiteScope scope)
{
    public async Task<SiteInfo> ResolveAsync(string siteCode, ClaimsPrincipal staff, CancellationToken ct)
    {
        var site = await sites.GetByCodeAsync(siteCode, ct);
        await scope.EnsureCanActAtAsync(staff, site.Id, ct);
        return site;
    }

    /// <summary>Another site (a destination, a pickup site): it must exist, but the desk need not work there.</summary>
    public async Task<SiteInfo> DestinationAsync(string siteCode, CancellationToken ct) =>
        await sites.GetByCodeAsync(siteCode, ct);

    public Task<SiteInfo?> FindAsync(Guid siteId, CancellationToken ct) => sites.FindAsync(siteId, ct);

    /// <summary>The site a loan or a hold points to: none is a 404.</summary>
    public Task<SiteInfo> GetAsync(Guid siteId, CancellationToken ct) => sites.GetAsync(siteId, ct);
}
