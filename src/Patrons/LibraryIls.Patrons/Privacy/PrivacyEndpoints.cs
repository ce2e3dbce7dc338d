using System.Security.Claims;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Readers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Privacy;

internal static class PrivacyEndpoints
{
    public static void MapPrivacy(this RouteGroupBuilder patrons)
    {
        var readers = patrons.MapGroup("/readers").WithTags("Patrons: personal data");

        readers.MapGet("/{id:guid}/audit", async Task<Ok<List<AuditResponse>>> (Guid id, ClaimsPrincipal user, ReaderDesk desk,
                PatronsDbContext db, CancellationToken ct) =>
            {
                await desk.ReaderAsync(id, user, ct);
                return TypedResults.Ok(await db.Audit.AsNoTracking().Where(a => a.ReaderId == id).OrderBy(a => a.AtUtc)
                    .Select(a => new AuditResponse(a.AtUtc, a.Action, a.Actor, a.Detail)).ToListAsync(ct));
            })
            .ForAdmin().ProducesProblem(StatusCodes.Status404NotFound).WithName("ReaderAuditTrail");

        readers.MapGet("/{id:guid}/export", async Task<Ok<ReaderExport>> (Guid id, ClaimsPrincipal user, PersonalData data,
                CancellationToken ct) => TypedResults.Ok(await data.Export(id, user, ct)))
            .ForDesk().ProducesProblem(StatusCodes.Status404NotFound).WithName("ExportReaderData");

        readers.MapPost("/{id:guid}/erasure", async Task<NoContent> (Guid id, ClaimsPrincipal user, PersonalData data,
                CancellationToken ct) =>
            {
                await data.Erase(id, user, ct);
                return TypedResults.NoContent();
            })
            .ForAdmin().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("EraseReaderData");
    }
}
