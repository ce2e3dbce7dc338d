using System.Security.Claims;
using LibraryIls.BuildingBlocks.Validation;
using LibraryIls.Organization.Contracts;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Privacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Readers;

internal static class ReaderEndpoints
{
    public static void MapReaders(this RouteGroupBuilder patrons)
    {
        var readers = patrons.MapGroup("/readers").WithTags("Patrons: readers");

        readers.MapGet("/", async (string? q, string? siteCode, int? take, ClaimsPrincipal user, PatronsDbContext db,
                IStaffSiteScope scope, ReaderDesk desk, CancellationToken ct) =>
            {
                var query = db.Readers.AsNoTracking().Where(r => r.ErasedAtUtc == null);
                var allowed = await scope.SitesAsync(user, ct);
                if (allowed is not null)
                {
                    var ids = allowed.ToList();
                    query = query.Where(r => ids.Contains(r.HomeSiteId));
                }
                if (!string.IsNullOrWhiteSpace(siteCode))
                {
                    var site = await desk.SiteAsync(siteCode, user, ct);
                    query = query.Where(r => r.HomeSiteId == site.Id);
                }
                if (!string.IsNullOrWhiteSpace(q))
                {
                    var folded = VietnameseText.Fold(q);
                    var term = q.Trim();
                    query = query.Where(r => r.FoldedName.Contains(folded) || r.CitizenId == term || r.Phone == term
                        || r.Cards.Any(c => c.Number == term));
                }
                var found = await query.Include(r => r.Cards).OrderBy(r => r.FoldedName)
                    .Take(Math.Clamp(take ?? 50, 1, 500)).ToListAsync(ct);
                return TypedResults.Ok(found.Select(DuplicateReaders.Summary).ToList());
            })
            .ForReading().WithName("ListReaders");

        readers.MapGet("/{id:guid}", async Task<Ok<ReaderResponse>> (Guid id, ClaimsPrincipal user, ReaderDesk desk,
                AuditTrail audit, PatronsDbContext db, CancellationToken ct) =>
            {
                var reader = await desk.ReaderAsync(id, user, ct);
                audit.Record(reader.Id, user, AuditTrail.Read);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(ReaderResponse.From(reader));
            })
            .ForReading().ProducesProblem(StatusCodes.Status404NotFound).WithName("GetReader");

        readers.MapPost("/", async Task<Results<Created<ReaderResponse>, ProblemHttpResult>> (ReaderRequest request,
                ClaimsPrincipal user, ReaderChanges changes, CancellationToken ct) =>
            {
                var (reader, duplicate) = await changes.Create(request, user, ct);
                if (reader is null) return DuplicateReaders.Conflict(duplicate!);
                return TypedResults.Created($"/api/patrons/readers/{reader.Id}", ReaderResponse.From(reader));
            })
            .ValidateRequest<ReaderRequest>().ForDesk().WithName("CreateReader");

        readers.MapPut("/{id:guid}", async Task<Ok<ReaderResponse>> (Guid id, ReaderRequest request, ClaimsPrincipal user,
                ReaderChanges changes, CancellationToken ct) =>
                TypedResults.Ok(ReaderResponse.From(await changes.Change(id, request, user, ct))))
            .ValidateRequest<ReaderRequest>().ForDesk()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ChangeReader");
    }
}
