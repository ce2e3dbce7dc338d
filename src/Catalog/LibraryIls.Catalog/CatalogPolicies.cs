using LibraryIls.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;

namespace LibraryIls.Catalog;

internal static class CatalogPolicies
{
    /// <summary>Records and copies are written by cataloguers (and administrators); every staff member may read them.</summary>
    public static readonly Action<AuthorizationPolicyBuilder> Cataloguers = p => p.RequireRole(Roles.Cataloguer, Roles.Admin);
}
