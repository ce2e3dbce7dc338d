using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Organization.Contracts;

namespace LibraryIls.Reporting.Annual;

/// <summary>
/// Which sites a signed-in manager's report may count: a district or commune manager their sites' subtrees
/// (403 for a site outside them), an Admin everywhere. A manager whose sites take in every site (bound to the root of
/// the network) has the network's scope, with what only the network's report counts: records catalogued, OPAC accesses
/// with no site, network snapshots.
/// </summary>
internal sealed class ReportScopes(IStaffSiteScope staffScope, AnnualReportBuilder builder)
{
    public async Task<ReportScope> ResolveAsync(ClaimsPrincipal staff, string? siteCode, CancellationToken ct)
    {
        var allowed = await staffScope.SitesAsync(staff, ct);
        if (allowed is null && string.IsNullOrWhiteSpace(siteCode)) return ReportScope.Network;
        var network = (await builder.OpenAsync(null, ct)).Network;
        if (string.IsNullOrWhiteSpace(siteCode))
            return network.Sites.All(s => allowed!.Contains(s.SiteId))
                ? ReportScope.Network
                : new ReportScope(null, "Các cơ sở được phân công", allowed!.ToList());
        var site = network.FindByCode(siteCode.Trim()) ?? throw NotFoundException.Of("cơ sở", "Site", siteCode);
        var subtree = network.Subtree(site.SiteId);
        if (allowed is not null && !subtree.All(allowed.Contains)) throw ForbiddenException.OutsideSites();
        return new ReportScope(site.Code, site.Name, subtree.ToList());
    }
}
