using LibraryIls.BuildingBlocks.Security;
using LibraryIls.BuildingBlocks.Validation;
using LibraryIls.Organization.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Organization.Staff;

internal static class StaffEndpoints
{
    public static void MapStaff(this RouteGroupBuilder organization)
    {
        var staff = organization.MapGroup("/staff").WithTags("Organization: staff")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin));

        staff.MapGet("/", async (OrganizationDbContext db, StaffRegistry registry, CancellationToken ct) =>
            {
                var accounts = await db.StaffAccounts.AsNoTracking().OrderBy(s => s.UserName).ToListAsync(ct);
                var result = new List<StaffResponse>(accounts.Count);
                foreach (var account in accounts) result.Add(await registry.Describe(account, ct));
                return TypedResults.Ok(result);
            })
            .WithName("ListStaff");

        staff.MapPost("/", async Task<Created<StaffResponse>> (StaffRequest request, StaffRegistry registry, CancellationToken ct) =>
            {
                var created = await registry.Create(request, ct);
                return TypedResults.Created($"/api/organization/staff/{created.Id}", created);
            })
            .ValidateRequest<StaffRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreateStaff");
    }
}
