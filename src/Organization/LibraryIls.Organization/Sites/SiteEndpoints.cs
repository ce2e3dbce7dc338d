using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.BuildingBlocks.Validation;
using LibraryIls.Organization.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Organization.Sites;

internal static class SiteEndpoints
{
    public static void MapSites(this RouteGroupBuilder organization)
    {
        var sites = organization.MapGroup("/sites").WithTags("Organization: sites");

        sites.MapGet("/", async (OrganizationDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Sites.AsNoTracking().OrderBy(s => s.Level).ThenBy(s => s.Code)
                    .Select(s => SiteResponse.From(s)).ToListAsync(ct)))
            .WithName("ListSites");

        sites.MapGet("/{code}", async Task<Results<Ok<SiteResponse>, NotFound>> (
                string code, OrganizationDbContext db, CancellationToken ct) =>
            {
                var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code.ToUpperInvariant(), ct)
                    ?? throw NotFoundException.Of("cơ sở", "Site", code);
                return TypedResults.Ok(SiteResponse.From(site));
            })
            .WithName("GetSite");

        sites.MapPost("/", async Task<Created<SiteResponse>> (SiteRequest request, SiteChanges changes, CancellationToken ct) =>
            {
                var site = await changes.Create(request, ct);
                return TypedResults.Created($"/api/organization/sites/{site.Code}", site);
            })
            .ValidateRequest<SiteRequest>()
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreateSite");

        sites.MapPut("/{code}", async Task<Ok<SiteResponse>> (string code, SiteRequest request, SiteChanges changes, CancellationToken ct) =>
                TypedResults.Ok(await changes.Change(code, request, ct)))
            .ValidateRequest<SiteRequest>()
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ChangeSite");
    }
}
