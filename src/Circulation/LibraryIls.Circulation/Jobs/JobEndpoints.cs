using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Holds;
using LibraryIls.Circulation.Notices;
using LibraryIls.Circulation.Privacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Jobs;

/// <summary>The nightly jobs, callable now by an administrator, and the notices a reader was sent.</summary>
internal static class JobEndpoints
{
    public static void MapCirculationJobs(this RouteGroupBuilder circulation)
    {
        circulation.MapPost("/anonymisation", async Task<Ok<AnonymisationResult>> (int? olderThanDays, LoanAnonymiser anonymiser,
                CancellationToken ct) => TypedResults.Ok(await anonymiser.Anonymise(olderThanDays, ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithTags("Circulation: personal data")
            .WithName("AnonymiseOldLoans");
        circulation.MapPost("/hold-expiry", async Task<Ok<HoldExpiryResult>> (HoldExpiry expiry, CancellationToken ct) =>
                TypedResults.Ok(await expiry.Expire(ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithTags("Circulation: desk")
            .WithName("ExpireUncollectedHolds");
        circulation.MapPost("/notices/run", async Task<Ok<NoticeRunResult>> (NoticeRun run, CancellationToken ct) =>
                TypedResults.Ok(await run.Send(ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithTags("Circulation: notices")
            .WithName("SendNoticesNow");
        circulation.MapGet("/notices", async (Guid readerId, CirculationDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Set<Notice>().AsNoTracking().Where(n => n.ReaderId == readerId).OrderBy(n => n.SentAt)
                    .Select(n => new NoticeResponse(n.Kind, n.Channel, n.Subject, n.SentAt)).ToListAsync(ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.DeskStaff, Roles.Admin))
            .WithTags("Circulation: notices")
            .WithName("ReaderNotices");
    }
}
