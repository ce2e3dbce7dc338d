using System.Security.Claims;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.BuildingBlocks.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace LibraryIls.Circulation.MobileVan;

internal static class MobileTripEndpoints
{
    public static void MapMobileTrips(this RouteGroupBuilder circulation)
    {
        var trips = circulation.MapGroup("/mobile-trips").WithTags("Circulation: mobile van")
            .RequireAuthorization(p => p.RequireRole(Roles.DeskStaff, Roles.Admin));

        trips.MapPost("/", async Task<Created<MobileTripResponse>> (MobileTripRequest request, MobileTrips handler, ClaimsPrincipal staff,
                CancellationToken ct) =>
            {
                var trip = await handler.RecordAsync(request, staff, ct);
                return TypedResults.Created($"/api/circulation/mobile-trips/{trip.Id}", trip);
            })
            .ValidateRequest<MobileTripRequest>().ProducesProblem(StatusCodes.Status409Conflict).WithName("RecordMobileTrip");

        trips.MapGet("/", async Task<Ok<IReadOnlyList<MobileTripResponse>>> (string vanSiteCode, DateOnly? from, DateOnly? to, MobileTrips handler,
                ClaimsPrincipal staff, CancellationToken ct) => TypedResults.Ok(await handler.ListAsync(vanSiteCode, from, to, staff, ct)))
            .WithName("ListMobileTrips");

        trips.MapGet("/{id:guid}", async Task<Ok<MobileTripResponse>> (Guid id, MobileTrips handler, ClaimsPrincipal staff, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(id, staff, ct)))
            .ProducesProblem(StatusCodes.Status404NotFound).WithName("GetMobileTrip");
    }
}
