using System.Security.Claims;
using FluentValidation;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.BuildingBlocks.Validation;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Readers;
using LibraryIls.Patrons.Statistics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Visits;

/// <summary>A card scanned at the desk or gate.</summary>
public sealed record VisitScanRequest(string SiteCode, string CardNumber);

/// <summary>Entries counted by hand for a session without cards (a reading room with no system).</summary>
public sealed record VisitCountRequest(string SiteCode, DateOnly Date, int Count, string? Note = null);

public sealed record VisitScanResponse(string CardNumber, CardState CardState, bool CardIsValid);

public sealed record DailyVisits(DateOnly Date, string SiteCode, long Count);

internal sealed class VisitScanRequestValidator : AbstractValidator<VisitScanRequest>
{
    public VisitScanRequestValidator()
    {
        RuleFor(r => r.SiteCode).NotEmpty().MaximumLength(32);
        RuleFor(r => r.CardNumber).NotEmpty().MaximumLength(64);
    }
}

internal sealed class VisitCountRequestValidator : AbstractValidator<VisitCountRequest>
{
    public VisitCountRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.SiteCode).NotEmpty().MaximumLength(32);
        RuleFor(r => r.Count).InclusiveBetween(1, 100_000);
        RuleFor(r => r.Date).Must(d => d <= VietnamDate.Today(clock) && d.Year >= 2000);
        RuleFor(r => r.Note).MaximumLength(400);
    }
}

internal static class VisitEndpoints
{
    public static void MapVisits(this RouteGroupBuilder patrons)
    {
        var visits = patrons.MapGroup("/visits").WithTags("Patrons: visits");

        // A visit counts wherever the reader enters, so the card may belong to another site's reader:
        // only the acting site is checked, and the reader's identity is not kept with the visit.
        visits.MapPost("/scans", async Task<Created<VisitScanResponse>> (VisitScanRequest request, ClaimsPrincipal user,
                ReaderDesk desk, IReaderCardStatus cards, PatronsDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var site = await desk.SiteAsync(request.SiteCode, user, ct);
                var card = await cards.FindByCardNumberAsync(request.CardNumber, ct)
                    ?? throw BuildingBlocks.Errors.NotFoundException.Of("thẻ", "Card", request.CardNumber);
                db.Visits.Add(Visit.Record(SiteStamp.Of(site), VietnamDate.Today(clock), 1, card.CategoryCode,
                    VisitSource.CardScan, null, clock.GetUtcNow()));
                await db.SaveChangesAsync(ct);
                return TypedResults.Created("/api/patrons/visits/daily", new VisitScanResponse(card.CardNumber, card.State, card.IsValid));
            })
            .ValidateRequest<VisitScanRequest>().ForDesk().ProducesProblem(StatusCodes.Status404NotFound).WithName("ScanVisit");

        visits.MapPost("/counts", async Task<Created> (VisitCountRequest request, ClaimsPrincipal user, ReaderDesk desk,
                PatronsDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var site = await desk.SiteAsync(request.SiteCode, user, ct);
                db.Visits.Add(Visit.Record(SiteStamp.Of(site), request.Date, request.Count, null, VisitSource.SessionCount,
                    request.Note, clock.GetUtcNow()));
                await db.SaveChangesAsync(ct);
                return TypedResults.Created("/api/patrons/visits/daily");
            })
            .ValidateRequest<VisitCountRequest>().ForDesk().WithName("CountVisits");

        visits.MapGet("/daily", async Task<Ok<List<DailyVisits>>> (string siteCode, DateOnly from, DateOnly to,
                ClaimsPrincipal user, ReaderDesk desk, PatronsDbContext db, CancellationToken ct) =>
            {
                var site = await desk.SiteAsync(siteCode, user, ct);
                var days = await db.Visits.AsNoTracking()
                    .Where(v => v.SiteId == site.Id && v.VisitDate >= from && v.VisitDate <= to)
                    .GroupBy(v => v.VisitDate).Select(g => new { Date = g.Key, Count = g.Sum(v => (long)v.Count) })
                    .OrderBy(d => d.Date).ToListAsync(ct);
                return TypedResults.Ok(days.Select(d => new DailyVisits(d.Date, site.Code, d.Count)).ToList());
            })
            .ForReading().WithName("DailyVisits");
    }
}
