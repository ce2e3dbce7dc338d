using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Organization.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Organization.Tests;

/// <summary>A desk acts for its own sites and those below them, never for a neighbour's.</summary>
public sealed class StaffSiteScopeTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_desks_at_a_district_and_a_commune_When_scope_is_checked_Then_only_their_subtrees_are_allowed(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var district = Unique.Code("H");
        var communeA = Unique.Code("XA");
        var communeB = Unique.Code("XB");
        foreach (var (code, level, parent) in new[] { (district, "District", (string?)null), (communeA, "Commune", district), (communeB, "Commune", district) })
            (await admin.PostAsJsonAsync("/api/organization/sites", new { code, name = "Thư viện " + code, level, kind = "Library", parentCode = parent }))
                .EnsureSuccessStatusCode();

        var sites = api.Services.GetRequiredService<ISiteDirectory>();
        var scope = api.Services.GetRequiredService<IStaffSiteScope>();
        var ids = new Dictionary<string, Guid>();
        foreach (var code in new[] { district, communeA, communeB }) ids[code] = (await sites.FindByCodeAsync(code, default))!.Id;

        var districtDesk = Staff(Roles.DeskStaff, ids[district]);
        var communeDesk = Staff(Roles.DeskStaff, ids[communeA]);
        await scope.EnsureCanActAtAsync(districtDesk, ids[communeB], default);
        await scope.EnsureCanActAtAsync(communeDesk, ids[communeA], default);
        await Should.ThrowAsync<ForbiddenException>(() => scope.EnsureCanActAtAsync(communeDesk, ids[communeB], default));
        await Should.ThrowAsync<ForbiddenException>(() => scope.EnsureCanActAtAsync(communeDesk, ids[district], default));
        (await scope.SitesAsync(Staff(Roles.Admin), default)).ShouldBeNull();
    }

    private static ClaimsPrincipal Staff(string role, params Guid[] sites) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Role, role), .. sites.Select(s => new Claim(StaffClaims.Site, s.ToString()))], "test"));
}
