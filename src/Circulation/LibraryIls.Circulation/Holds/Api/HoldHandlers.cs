using System.Security.Claims;
using FluentValidation;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Desk;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Circulation.Events;
using LibraryIls.Circulation.Rules;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Holds.Api;

/// <summary>
/// A reservation of a title, named by the registration number of any one of its copies (what the OPAC and
/// the desk show); the first copy of the title to come free is caught for it.
/// </summary>
public sealed record PlaceHoldRequest(string CardNumber, string RegistrationNumber, string PickupSiteCode, string SiteCode);

public sealed record HoldResponse(Guid Id, Guid RecordId, Guid? ReaderId, Guid PickupSiteId, DateTimeOffset PlacedAt,
    HoldStatus Status, int? QueuePosition, Guid? CopyId, DateTimeOffset? PickupBy);

internal sealed class PlaceHoldRequestValidator : AbstractValidator<PlaceHoldRequest>
{
    public PlaceHoldRequestValidator()
    {
        RuleFor(r => r.CardNumber).NotEmpty().MaximumLength(40);
        RuleFor(r => r.RegistrationNumber).NotEmpty().MaximumLength(40);
        RuleFor(r => r.PickupSiteCode).NotEmpty().MaximumLength(32);
        RuleFor(r => r.SiteCode).NotEmpty().MaximumLength(32);
    }
}

internal sealed class HoldHandlers(CirculationDbContext db, DeskSite desk, DeskLookups lookups, RuleCache rules, TimeProvider clock)
{
    public async Task<HoldResponse> Place(PlaceHoldRequest request, ClaimsPrincipal staff, CancellationToken ct)
    {
        var site = await desk.ResolveAsync(request.SiteCode, staff, ct);
        var pickup = await desk.DestinationAsync(request.PickupSiteCode, ct);
        var card = await lookups.CardAsync(request.CardNumber, ct);
        if (!card.IsValid)
            throw new RuleViolationException(card.State == Patrons.Contracts.CardState.Expired ? "CARD_EXPIRED" : "CARD_BLOCKED",
                new Bilingual("Thẻ bạn đọc không còn hiệu lực.", "The reader card is not valid."));
        var copy = await lookups.CopyAsync(request.RegistrationNumber, ct);
        var (recordId, itemType) = (copy.RecordId, copy.ItemType);
        var rule = (await rules.CurrentAsync(ct)).Resolve(pickup.Id, card.CirculationProfile, itemType).Rule;
        var onRecord = await db.Holds.Where(h => h.RecordId == recordId).ToListAsync(ct);
        var readersHolds = await db.Holds.CountAsync(h => h.ReaderId == card.ReaderId
            && (h.Status == HoldStatus.Waiting || h.Status == HoldStatus.InTransit || h.Status == HoldStatus.ReadyForPickup), ct);
        var hasOnLoan = await db.Loans.AnyAsync(l => l.ReaderId == card.ReaderId && l.RecordId == recordId && l.ReturnedAt == null, ct);
        var now = clock.GetUtcNow();
        var hold = new HoldQueue(onRecord).Place(recordId, card.ReaderId, card.CategoryCode, pickup.Id, rule, readersHolds, hasOnLoan, now);
        db.Holds.Add(hold);
        db.Events.Add(Events.CirculationEvent.Of(CirculationEventKind.HoldPlaced, now, site, null, itemType, null, card.CategoryCode));
        await db.SaveChangesAsync(ct);
        return Describe(hold, new HoldQueue([.. onRecord, hold]));
    }

    public async Task<HoldResponse> Cancel(Guid holdId, CancellationToken ct)
    {
        var hold = await db.Holds.SingleOrDefaultAsync(h => h.Id == holdId, ct) ?? throw NotFoundException.Of("lượt đặt mượn", "Hold", holdId);
        hold.Cancel(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Describe(hold, new HoldQueue([]));
    }

    public async Task<IReadOnlyList<HoldResponse>> Queue(Guid recordId, CancellationToken ct)
    {
        var holds = await db.Holds.AsNoTracking().Where(h => h.RecordId == recordId).ToListAsync(ct);
        var queue = new HoldQueue(holds);
        return holds.Where(h => h.IsActive).OrderBy(h => h.PlacedAt).Select(h => Describe(h, queue)).ToList();
    }

    private static HoldResponse Describe(Hold h, HoldQueue queue) => new(h.Id, h.RecordId, h.ReaderId, h.PickupSiteId, h.PlacedAt,
        h.Status, h.Status == HoldStatus.Waiting ? queue.PositionOf(h.Id) : null, h.CopyId, h.PickupBy);
}
