using System.Security.Claims;
using System.Threading.RateLimiting;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Validation;
using LibraryIls.Organization.Contracts;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Readers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace LibraryIls.Patrons.Registrations;

internal static class RegistrationEndpoints
{
    public const string RateLimitPolicy = "patrons.registrations";

    /// <summary>
    /// The public form is open to anyone, so each client address gets a few applications and status checks per
    /// window (Patrons:Registrations:PermitLimit, default 10 per 10 minutes); beyond that, 429.
    /// </summary>
    public static void AddRegistrationRateLimit(RateLimiterOptions options, IConfiguration configuration)
    {
        var limit = configuration.GetValue("Patrons:Registrations:PermitLimit", 10);
        var window = TimeSpan.FromMinutes(configuration.GetValue("Patrons:Registrations:WindowMinutes", 10));
        options.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 }));
    }

    public static void MapRegistrations(this RouteGroupBuilder patrons)
    {
        var registrations = patrons.MapGroup("/registrations").WithTags("Patrons: online registration")
            .AllowAnonymous().RequireRateLimiting(RateLimitPolicy);

        registrations.MapPost("/", async Task<Accepted<RegistrationStatusResponse>> (RegistrationRequest request,
                ReaderDesk desk, PatronsDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var site = await desk.SiteAsync(request.SiteCode, null, ct);
                var category = await desk.CategoryAsync(request.CategoryCode, ct);
                var registration = Registration.Submit(request.ToData(), category.Code, site.Id, clock.GetUtcNow().UtcDateTime);
                db.Registrations.Add(registration);
                await db.SaveChangesAsync(ct);
                return TypedResults.Accepted($"/api/patrons/registrations/{registration.ReferenceCode}", Status(registration, site.Code));
            })
            .ValidateRequest<RegistrationRequest>()
            .WithMetadata(new RequestSizeLimitAttribute(32 * 1024))
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("SubmitRegistration");

        registrations.MapGet("/{referenceCode}", async Task<Ok<RegistrationStatusResponse>> (string referenceCode,
                PatronsDbContext db, ISiteDirectory sites, CancellationToken ct) =>
            {
                var code = referenceCode.Trim().ToUpperInvariant();
                var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.ReferenceCode == code, ct)
                    ?? throw NotFoundException.Of("đơn đăng ký", "Application", code);
                var site = await sites.FindAsync(registration.SiteId, ct);
                return TypedResults.Ok(Status(registration, site?.Code ?? "?"));
            })
            .ProducesProblem(StatusCodes.Status404NotFound).WithName("GetRegistrationStatus");

        var reviews = patrons.MapGroup("/registration-reviews").WithTags("Patrons: online registration");

        reviews.MapGet("/", async (RegistrationStatus? status, ClaimsPrincipal user, IStaffSiteScope scope,
                PatronsDbContext db, CancellationToken ct) =>
            {
                var query = db.Registrations.AsNoTracking().Where(r => r.Status == (status ?? RegistrationStatus.Pending));
                if (await scope.SitesAsync(user, ct) is { } allowed)
                {
                    var ids = allowed.ToList();
                    query = query.Where(r => ids.Contains(r.SiteId));
                }
                var found = await query.OrderBy(r => r.SubmittedAtUtc).Take(500).ToListAsync(ct);
                return TypedResults.Ok(found.Select(RegistrationReviewResponse.From).ToList());
            })
            .ForDesk().WithName("ListRegistrationsToReview");

        reviews.MapPost("/{id:guid}/approve", async Task<Results<Ok<RegistrationReviewResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, RegistrationReview review, CancellationToken ct) =>
            {
                var (approved, duplicate) = await review.Approve(id, user, ct);
                return approved is null ? DuplicateReaders.Conflict(duplicate!) : TypedResults.Ok(RegistrationReviewResponse.From(approved));
            })
            .ForDesk().ProducesProblem(StatusCodes.Status404NotFound).WithName("ApproveRegistration");

        reviews.MapPost("/{id:guid}/reject", async Task<Ok<RegistrationReviewResponse>> (Guid id,
                RejectRegistrationRequest request, ClaimsPrincipal user, RegistrationReview review, CancellationToken ct) =>
                TypedResults.Ok(RegistrationReviewResponse.From(await review.Reject(id, request.Reason, user, ct))))
            .ValidateRequest<RejectRegistrationRequest>().ForDesk()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RejectRegistration");
    }

    private static RegistrationStatusResponse Status(Registration r, string siteCode) =>
        new(r.ReferenceCode, r.Status, siteCode, r.SubmittedAtUtc, r.DecidedAtUtc, r.RejectionReason);
}
