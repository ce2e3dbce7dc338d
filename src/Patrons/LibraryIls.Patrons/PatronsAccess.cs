using System.Security.Claims;
using LibraryIls.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LibraryIls.Patrons;

/// <summary>Who may do what in Patrons: the desk (and Admin) manages readers and cards, a Manager reads.</summary>
internal static class PatronsAccess
{
    public static RouteHandlerBuilder ForDesk(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.DeskStaff))
            .ProducesProblem(StatusCodes.Status403Forbidden);

    public static RouteHandlerBuilder ForReading(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.DeskStaff, Roles.Manager))
            .ProducesProblem(StatusCodes.Status403Forbidden);

    public static RouteHandlerBuilder ForAdmin(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(p => p.RequireRole(Roles.Admin)).ProducesProblem(StatusCodes.Status403Forbidden);

    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? "?";

    public static Guid? StaffId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(StaffClaims.StaffId)?.Value, out var id) ? id : null;
}
