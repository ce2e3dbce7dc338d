using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Desk;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Circulation.Events;
using LibraryIls.Circulation.Holds;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Transfers;

public sealed record SendTransferRequest(string RegistrationNumber, string FromSiteCode, string ToSiteCode);

public sealed record ReceiveTransferRequest(string RegistrationNumber, string SiteCode);

public sealed record TransferResponse(Guid Id, string RegistrationNumber, Guid FromSiteId, Guid ToSiteId, TransferReason Reason,
    DateTimeOffset SentAt, DateTimeOffset? ReceivedAt, Guid? HoldReadyId);

/// <summary>Copies travelling between sites: sent by staff or by a return elsewhere, received at their destination.</summary>
internal sealed class TransferHandlers(CirculationDbContext db, DeskSite desk, DeskLookups lookups, HoldShelf holdShelf, TimeProvider clock)
{
    public async Task<TransferResponse> Send(SendTransferRequest request, ClaimsPrincipal staff, CancellationToken ct)
    {
        var from = await desk.ResolveAsync(request.FromSiteCode, staff, ct);
        var to = await desk.DestinationAsync(request.ToSiteCode, ct);
        var copy = await lookups.CopyAsync(request.RegistrationNumber, ct);
        if (await db.Loans.AnyAsync(l => l.CopyId == copy.Id && l.ReturnedAt == null, ct)) throw Loans.Refusals.AlreadyOnLoan();
        if (await db.Transfers.AnyAsync(t => t.CopyId == copy.Id && t.ReceivedAt == null, ct)) throw Loans.Refusals.InTransit();
        var now = clock.GetUtcNow();
        var transfer = Transfer.Send(copy.Id, from.Id, to.Id, TransferReason.Manual, now);
        db.Transfers.Add(transfer);
        db.Events.Add(CirculationEvent.Of(CirculationEventKind.TransferSent, now, from, copy.Id, copy.ItemType, copy.DdcMainClass, null));
        await db.SaveChangesAsync(ct);
        await lookups.SetStatusAsync(copy.Id, CopyStatus.InTransit, ct);
        return Describe(transfer, copy.RegistrationNumber, null);
    }

    public async Task<TransferResponse> Receive(ReceiveTransferRequest request, ClaimsPrincipal staff, CancellationToken ct)
    {
        var site = await desk.ResolveAsync(request.SiteCode, staff, ct);
        var copy = await lookups.CopyAsync(request.RegistrationNumber, ct);
        var transfer = await db.Transfers.SingleOrDefaultAsync(t => t.CopyId == copy.Id && t.ReceivedAt == null, ct)
            ?? throw new RuleViolationException("ITEM_NOT_IN_TRANSIT", new Bilingual(
                $"Tài liệu {copy.RegistrationNumber} không đang trên đường chuyển.", $"Copy {copy.RegistrationNumber} is not in transit."));
        if (transfer.ToSiteId != site.Id)
            throw new RuleViolationException("TRANSFER_FOR_ANOTHER_SITE", new Bilingual(
                "Tài liệu này đang được chuyển đến cơ sở khác.", "This copy is travelling to another site."));
        var now = clock.GetUtcNow();
        transfer.Receive(now);
        db.Events.Add(CirculationEvent.Of(CirculationEventKind.TransferReceived, now, site, copy.Id, copy.ItemType, copy.DdcMainClass, null));
        var hold = await db.Holds.FirstOrDefaultAsync(h => h.CopyId == copy.Id && h.Status == HoldStatus.InTransit && h.PickupSiteId == site.Id, ct);
        hold?.ArrivedAtPickupSite(await holdShelf.PickupByAsync(site.Id, now, ct));
        await db.SaveChangesAsync(ct);
        if (transfer.Reason == TransferReason.Manual) await lookups.MoveAsync(copy.Id, site.Id, copy.Location, ct);
        await lookups.SetStatusAsync(copy.Id, CopyStatus.Available, ct);
        return Describe(transfer, copy.RegistrationNumber, hold?.Id);
    }

    private static TransferResponse Describe(Transfer t, string registrationNumber, Guid? holdReady) =>
        new(t.Id, registrationNumber, t.FromSiteId, t.ToSiteId, t.Reason, t.SentAt, t.ReceivedAt, holdReady);
}
