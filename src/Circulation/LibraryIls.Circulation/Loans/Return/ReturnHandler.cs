using System.Security.Claims;
using FluentValidation;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Desk;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Circulation.Events;
using LibraryIls.Circulation.Holds;
using LibraryIls.Circulation.Rotation;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Loans.Return;

/// <summary>A copy handed back at any desk of the network.</summary>
public sealed record ReturnRequest(string RegistrationNumber, string SiteCode);

/// <summary>What the desk does with the book now: shelve it, put it on the hold shelf, or send it on.</summary>
public sealed record ReturnResponse(Guid LoanId, string RegistrationNumber, DateTimeOffset ReturnedAt, int DaysOverdue,
    RoutingKind Routing, string? DestinationSiteCode, Guid? HoldId);

internal sealed class ReturnRequestValidator : AbstractValidator<ReturnRequest>
{
    public ReturnRequestValidator()
    {
        RuleFor(r => r.RegistrationNumber).NotEmpty().MaximumLength(40);
        RuleFor(r => r.SiteCode).NotEmpty().MaximumLength(32);
    }
}

internal sealed class ReturnHandler(CirculationDbContext db, DeskSite desk, DeskLookups lookups, HoldShelf holdShelf, TimeProvider clock)
{
    /// <summary>The copy's open loan (tracked) and whether anybody waits for its title; compiled, as every return runs it.</summary>
    private static readonly CompiledPerModel<Func<CirculationDbContext, Guid, Guid, CancellationToken, Task<OpenLoan?>>> OpenLoanOf =
        new(() => EF.CompileAsyncQuery((CirculationDbContext db, Guid copyId, Guid recordId, CancellationToken _) =>
            db.Loans.Where(l => l.CopyId == copyId && l.ReturnedAt == null)
                .Select(l => new OpenLoan { Loan = l, AnyWaiting = db.Holds.Any(h => h.RecordId == recordId && h.Status == HoldStatus.Waiting) })
                .SingleOrDefault()));

    private sealed class OpenLoan
    {
        public required Loan Loan { get; init; }
        public bool AnyWaiting { get; init; }
    }

    public async Task<ReturnResponse> Handle(ReturnRequest request, ClaimsPrincipal staff, CancellationToken ct, DateTimeOffset? at = null)
    {
        var site = await desk.ResolveAsync(request.SiteCode, staff, ct);
        var copy = await lookups.CopyAsync(request.RegistrationNumber, ct);
        // The open loan (tracked) and whether anybody waits for the title, in one round trip.
        var open = await OpenLoanOf.For(db)(db, copy.Id, copy.RecordId, ct);
        var loan = open?.Loan ?? throw new RuleViolationException("ITEM_NOT_ON_LOAN", new Bilingual(
                $"Tài liệu {copy.RegistrationNumber} không có trong danh sách đang mượn.", $"Copy {copy.RegistrationNumber} is not on loan."));
        var now = at ?? clock.GetUtcNow();
        var overdue = loan.DaysOverdue(now);
        loan.Return(site.Id, now);
        db.Events.Add(CirculationEvent.Of(CirculationEventKind.Return, now, site, copy.Id, copy.ItemType, copy.DdcMainClass, loan.ReaderCategory));
        var routing = await holdShelf.RouteAsync(copy.Id, copy.RecordId, site.Id, copy.SiteId, now, ct, open.AnyWaiting);
        await db.SaveInOneTripAsync(ct);
        await lookups.SetStatusAsync(copy.Id, await db.StatusAfterReturnAsync(copy, routing, ct), ct);
        var destination = routing.SiteId == site.Id ? null : (await desk.FindAsync(routing.SiteId, ct))?.Code;
        return new ReturnResponse(loan.Id, copy.RegistrationNumber, now, overdue, routing.Kind, destination, routing.HoldId);
    }
}
