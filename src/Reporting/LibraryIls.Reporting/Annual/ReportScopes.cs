using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Organization.Contracts;

namespace LibraryIls.Reporting.Annual;

/// <summary>
/// Which sites a signed-in manager's report may count: a district or commune manager their sites' subtrees
/// (403 for a site outside them), an Admin everywhere.
/// </summary>
internal sealed class ReportScopes(IStaffSiteScope staffScope, AnnualReportBuilder builder)
{
    public async Task<ReportScope> ResolveAsync(ClaimsPrincipal staff, string? siteCode, CancellationToken ct)
    {
        var allowed = await staffScope.SitesAsync(staff, ct);
        if (string.IsNullOrWhiteSpace(siteCode))
            return allowed is null ? ReportScope.Network : new ReportScope(null, "Các cơ sở được phân công", allowed.ToList());
        var network = (await builder.OpenAsync(null, ct)).Network;
        var site = network.FindByCode(siteCode.Trim()) ?? throw NotFoundException.Of("cơ sở", "Site", siteCode);
        var subtree = network.Subtree(site.SiteId);
        if (allowed is not null && !subtree.All(allowed.Contains)) throw ForbiddenException.OutsideSites();
        return new ReportScope(site.Code, site.Name, subtree.ToList());
    }
}
