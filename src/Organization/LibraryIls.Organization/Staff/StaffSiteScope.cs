using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Organization.Contracts;

namespace LibraryIls.Organization.Staff;

/// <summary>A desk works for its own sites and the sites below them (a district library serves its communes).</summary>
internal sealed class StaffSiteScope(ISiteDirectory sites) : IStaffSiteScope
{
    public async Task<IReadOnlySet<Guid>?> SitesAsync(ClaimsPrincipal staff, CancellationToken ct)
    {
        if (staff.IsInRole(Roles.Admin)) return null;
        var result = new HashSet<Guid>();
        foreach (var claim in staff.FindAll(StaffClaims.Site))
            if (Guid.TryParse(claim.Value, out var siteId))
                result.UnionWith(await sites.SubtreeAsync(siteId, ct));
        return result;
    }

    public async Task EnsureCanActAtAsync(ClaimsPrincipal staff, Guid siteId, CancellationToken ct)
    {
        var allowed = await SitesAsync(staff, ct);
        if (allowed is not null && !allowed.Contains(siteId)) throw ForbiddenException.OutsideSites();
    }
}
