using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Desk;
using LibraryIls.Circulation.Loans;
using LibraryIls.Circulation.Loans.Renew;
using LibraryIls.Patrons.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Online;

/// <summary>A reader's own loans, seen and renewed from home (signed in with card number and PIN).</summary>
internal static class ReaderLoanEndpoints
{
    public static void MapReaderLoans(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/readers/me").WithTags("Readers online")
            .RequireAuthorization(p => p.RequireRole(Roles.Reader));

        me.MapGet("/loans", async Task<Ok<List<LoanResponse>>> (ClaimsPrincipal reader, CirculationDbContext db, DeskLookups lookups,
                CancellationToken ct) =>
            {
                var readerId = ReaderIdOf(reader);
                var loans = await db.Loans.AsNoTracking().Where(l => l.ReaderId == readerId && l.ReturnedAt == null)
                    .OrderBy(l => l.DueAt).ToListAsync(ct);
                var result = new List<LoanResponse>(loans.Count);
                foreach (var loan in loans)
                    result.Add(LoanResponse.From(loan, (await lookups.CopyByIdAsync(loan.CopyId, ct)).RegistrationNumber));
                return TypedResults.Ok(result);
            })
            .WithName("MyLoans");

        me.MapPost("/loans/{id:guid}/renewals", async Task<Ok<LoanResponse>> (Guid id, ClaimsPrincipal reader, CirculationDbContext db,
                IReaderCardStatus cards, RenewHandler handler, TimeProvider clock, CancellationToken ct) =>
            {
                var readerId = ReaderIdOf(reader);
                // Another reader's loan is answered as if it did not exist: a loan id says nothing about who borrowed.
                if (!await db.Loans.AnyAsync(l => l.Id == id && l.ReaderId == readerId, ct)) throw NotFoundException.Of("lượt mượn", "Loan", id);
                var card = await cards.FindByReaderAsync(readerId, ct);
                if (card is { State: CardState.Blocked }) throw Refusals.CardBlocked(card.BlockReason);
                if (card is null || card.State is CardState.Replaced or CardState.Cancelled) throw Refusals.CardBlocked(null);
                if (card.ValidUntil < DueDates.LocalDay(clock.GetUtcNow())) throw Refusals.CardExpired(card.ValidUntil);
                return TypedResults.Ok(await handler.Handle(id, staff: null, automatic: false, ct));
            })
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("RenewMyLoan");
    }

    /// <summary>The Reader role is only ever issued together with this claim (Patrons' reader sign-in).</summary>
    private static Guid ReaderIdOf(ClaimsPrincipal reader) => Guid.Parse(reader.FindFirstValue(ReaderClaims.ReaderId)!);
}
