using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;

namespace LibraryIls.Circulation.Holds;

/// <summary>A reader's reservation (đặt mượn) of a title, to be collected at a chosen site.</summary>
internal sealed class Hold
{
    private Hold() { }

    public Guid Id { get; private set; }
    public Guid RecordId { get; private set; }
    public Guid? ReaderId { get; private set; }
    public string ReaderCategory { get; private set; } = "";
    public Guid PickupSiteId { get; private set; }
    public DateTimeOffset PlacedAt { get; private set; }
    public HoldStatus Status { get; private set; }
    public Guid? CopyId { get; private set; }
    public DateTimeOffset? PickupBy { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsActive => Status is HoldStatus.Waiting or HoldStatus.InTransit or HoldStatus.ReadyForPickup;

    public static Hold Place(Guid recordId, Guid readerId, string readerCategory, Guid pickupSiteId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        RecordId = recordId,
        ReaderId = readerId,
        ReaderCategory = readerCategory,
        PickupSiteId = pickupSiteId,
        PlacedAt = now,
        Status = HoldStatus.Waiting,
    };

    /// <summary>A copy of the title came back: it is set aside for this hold, here or after a trip to the pickup site.</summary>
    public void Trap(Guid copyId, Guid returnedAtSiteId, DateTimeOffset pickupBy)
    {
        Expect(HoldStatus.Waiting);
        CopyId = copyId;
        if (returnedAtSiteId == PickupSiteId) MakeReady(pickupBy);
        else Status = HoldStatus.InTransit;
    }

    public void ArrivedAtPickupSite(DateTimeOffset pickupBy)
    {
        Expect(HoldStatus.InTransit);
        MakeReady(pickupBy);
    }

    public void Fill(DateTimeOffset now)
    {
        Expect(HoldStatus.ReadyForPickup);
        Close(HoldStatus.Filled, now);
    }

    public void Cancel(DateTimeOffset now)
    {
        if (!IsActive) throw NotActive();
        Close(HoldStatus.Cancelled, now);
    }

    /// <summary>Not collected in time: the copy goes to the next reader in the queue (or back to the shelf).</summary>
    public bool ExpireIfUncollected(DateTimeOffset now)
    {
        if (Status != HoldStatus.ReadyForPickup || now <= PickupBy) return false;
        Close(HoldStatus.Expired, now);
        return true;
    }

    public void Anonymise()
    {
        if (!IsActive) ReaderId = null;
    }

    private void MakeReady(DateTimeOffset pickupBy)
    {
        Status = HoldStatus.ReadyForPickup;
        PickupBy = pickupBy;
    }

    private void Close(HoldStatus status, DateTimeOffset now)
    {
        Status = status;
        ClosedAt = now;
    }

    private void Expect(HoldStatus expected)
    {
        if (Status != expected)
            throw new RuleViolationException("HOLD_WRONG_STATE", new Bilingual(
                $"Lượt đặt mượn đang ở trạng thái {Status}, không phải {expected}.", $"The hold is {Status}, not {expected}."));
    }

    private static RuleViolationException NotActive() => new("HOLD_NOT_ACTIVE", new Bilingual(
        "Lượt đặt mượn đã kết thúc.", "The hold is no longer active."));
}
