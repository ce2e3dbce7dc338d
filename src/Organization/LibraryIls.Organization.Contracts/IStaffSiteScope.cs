using System.Security.Claims;

namespace LibraryIls.Organization.Contracts;

/// <summary>
/// Where a signed-in staff member may act: the sites the account is bound to and the sites below them;
/// an Admin everywhere. Modules call this before any desk action or read of site-bound data.
/// </summary>
public interface IStaffSiteScope
{
    /// <summary>Null means every site (Admin).</summary>
    Task<IReadOnlySet<Guid>?> SitesAsync(ClaimsPrincipal staff, CancellationToken ct);

    /// <summary>Throws the 403 error when <paramref name="siteId"/> is outside the staff member's sites.</summary>
    Task EnsureCanActAtAsync(ClaimsPrincipal staff, Guid siteId, CancellationToken ct);
}
