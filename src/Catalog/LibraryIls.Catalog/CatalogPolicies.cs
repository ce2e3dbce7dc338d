using LibraryIls.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;

namespace LibraryIls.Catalog;

internal static class CatalogPolicies
{
    /// <summary>Records and copies are written by cataloguers (and administrators); every staff member may read them.</summary>
    public static readonly Action<AuthorizationPolicyBuilder> Cataloguers = p => p.RequireRole(Roles.Cataloguer, Roles.Admin);

    /// <summary>Relabelling after the merge is shelf work: cataloguers and desk staff (and administrators) do it.</summary>
    public static readonly Action<AuthorizationPolicyBuilder> Relabellers = p => p.RequireRole(Roles.Cataloguer, Roles.DeskStaff, Roles.Admin);
}
