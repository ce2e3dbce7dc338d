using System.Security.Claims;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Desk;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Circulation.Events;
using LibraryIls.Circulation.Holds;
using LibraryIls.Circulation.Rules;
using LibraryIls.Patrons.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Loans.CheckOut;

internal sealed class CheckOutHandler(CirculationDbContext db, DeskSite desk, DeskLookups lookups, RuleCache rules,
    CalendarCache calendars, TimeProvider clock)
{
    private const string Operation = "checkout";

    /// <param name="at">When it happened, for transactions recorded offline; now otherwise.</param>
    public async Task<LoanResponse> Handle(CheckOutRequest request, string? idempotencyKey, ClaimsPrincipal staff, CancellationToken ct,
        DateTimeOffset? at = null)
    {
        try
        {
            return await CheckOutAsync(request, idempotencyKey, staff, at, ct);
        }
        catch (RuleViolationException) when (idempotencyKey is not null)
        {
            // A retried request finds its own loan in the way (the copy is out, to this reader): answer as the first time.
            db.ChangeTracker.Clear();
            if (await ReplayAsync(idempotencyKey, request.RegistrationNumber, ct) is { } earlier) return earlier;
            throw;
        }
    }

    private async Task<LoanResponse> CheckOutAsync(CheckOutRequest request, string? idempotencyKey, ClaimsPrincipal staff,
        DateTimeOffset? at, CancellationToken ct)
    {
        var site = await desk.ResolveAsync(request.SiteCode, staff, ct);
        var card = await lookups.CardAsync(request.CardNumber, ct);
        var copy = await lookups.CopyAsync(request.RegistrationNumber, ct);
        var now = at ?? clock.GetUtcNow();

        var state = await DeskState.ReadAsync(db, card.ReaderId, copy.Id, ct);
        var heldForThisReader = state.Hold is { } claim && claim.ReaderId == card.ReaderId;
        var facts = new CheckOutFacts(copy.Id, copy.RecordId, card.ReaderId, site.Id, card.CategoryCode, card.CirculationProfile,
            copy.ItemType, Availability(copy, site.Id, state), heldForThisReader, card.ValidUntil,
            BlockReason(card), state.ReaderLoans.Count, state.ReaderLoans.Count(l => l.ItemType == copy.ItemType),
            state.ReaderLoans.Select(l => DueDates.DaysOverdue(l.DueAt, now)).DefaultIfEmpty(0).Max());
        var rule = (await rules.CurrentAsync(ct)).Resolve(site.Id, card.CirculationProfile, copy.ItemType).Rule;
        var loan = Loan.CheckOut(facts, rule, await calendars.ForAsync(site.Id, ct), now);

        db.Loans.Add(loan);
        db.Events.Add(CirculationEvent.Of(CirculationEventKind.CheckOut, now, site, copy.Id, copy.ItemType, copy.DdcMainClass, card.CategoryCode));
        if (heldForThisReader)
        {
            var hold = await db.Holds.SingleAsync(h => h.Id == state.Hold!.Id, ct);
            hold.Fill(now);
            db.Events.Add(CirculationEvent.Of(CirculationEventKind.HoldFilled, now, site, copy.Id, copy.ItemType, copy.DdcMainClass, card.CategoryCode));
        }
        if (idempotencyKey is not null) db.Add(IdempotentRequest.Of(idempotencyKey, Operation, loan.Id, now));
        try
        {
            await db.SaveInOneTripAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            // Either the same request raced itself (same key) or another desk lent the copy a moment ago.
            if (idempotencyKey is not null && await ReplayAsync(idempotencyKey, request.RegistrationNumber, ct) is { } first) return first;
            throw Refusals.AlreadyOnLoan();
        }
        await lookups.SetStatusAsync(copy.Id, CopyStatus.OnLoan, ct);
        return LoanResponse.From(loan, copy.RegistrationNumber);
    }

    private static CopyAvailability Availability(CopySummary copy, Guid deskSiteId, DeskState state)
    {
        if (state.CopyOnLoan) return CopyAvailability.OnLoan;
        if (copy.Status == CopyStatus.InTransit || state.CopyInTransfer) return CopyAvailability.InTransit;
        if (state.Hold is { Status: HoldStatus.ReadyForPickup }) return CopyAvailability.OnHoldShelf;
        if (Rotation.RotationLending.AtDesk(copy, deskSiteId) is { } rotated) return rotated;
        return copy.Status is CopyStatus.Available or CopyStatus.OnLoan ? CopyAvailability.Available : CopyAvailability.NotForLoan;
    }

    private static string? BlockReason(ReaderCardStatus card) => card.State switch
    {
        CardState.Blocked => card.BlockReason ?? "",
        CardState.Replaced => "thẻ đã được thay bằng thẻ mới / replaced by a new card",
        CardState.Cancelled => "thẻ đã hủy / card cancelled",
        _ => null,
    };

    private async Task<LoanResponse?> ReplayAsync(string key, string registrationNumber, CancellationToken ct)
    {
        var earlier = await db.Set<IdempotentRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Key == key && r.Operation == Operation, ct);
        if (earlier is null) return null;
        var loan = await db.Loans.AsNoTracking().SingleAsync(l => l.Id == earlier.ResultId, ct);
        return LoanResponse.From(loan, registrationNumber);
    }
}
