using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Desk;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Circulation.Events;
using LibraryIls.Circulation.Holds;
using LibraryIls.Circulation.Rules;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Loans.Renew;

internal sealed class RenewHandler(CirculationDbContext db, DeskSite desk, DeskLookups lookups, RuleCache rules,
    CalendarCache calendars, TimeProvider clock)
{
    /// <param name="automatic">Renewed by the nightly job rather than at a desk: counted as its own kind.</param>
    public async Task<LoanResponse> Handle(Guid loanId, ClaimsPrincipal? staff, bool automatic, CancellationToken ct,
        DateTimeOffset? at = null)
    {
        var loan = await db.Loans.SingleOrDefaultAsync(l => l.Id == loanId, ct) ?? throw NotFoundException.Of("lượt mượn", "Loan", loanId);
        var site = await desk.GetAsync(loan.SiteId, ct);
        if (staff is not null) await desk.ResolveAsync(site.Code, staff, ct);
        var copy = await lookups.CopyByIdAsync(loan.CopyId, ct);
        var heldForOther = await db.Holds.AnyAsync(h => h.RecordId == loan.RecordId && h.ReaderId != loan.ReaderId
            && (h.Status == HoldStatus.Waiting || h.Status == HoldStatus.InTransit || h.Status == HoldStatus.ReadyForPickup), ct);
        var rule = (await rules.CurrentAsync(ct)).Resolve(loan.SiteId, loan.CirculationProfile, loan.ItemType).Rule;
        var now = at ?? clock.GetUtcNow();
        loan.Renew(rule, await calendars.ForAsync(loan.SiteId, ct), heldForOther, now);
        db.Events.Add(CirculationEvent.Of(automatic ? CirculationEventKind.AutomaticRenewal : CirculationEventKind.Renewal,
            now, site, loan.CopyId, loan.ItemType, copy.DdcMainClass, loan.ReaderCategory));
        await db.SaveChangesAsync(ct);
        return LoanResponse.From(loan, copy.RegistrationNumber);
    }
}
