using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Circulation.Rules;

namespace LibraryIls.Circulation.Holds;

/// <summary>The queue of holds on one title: first come, first served.</summary>
internal sealed class HoldQueue(IReadOnlyCollection<Hold> holdsOnRecord)
{
    public IReadOnlyList<Hold> Waiting { get; } = holdsOnRecord
        .Where(h => h.Status == HoldStatus.Waiting).OrderBy(h => h.PlacedAt).ThenBy(h => h.Id).ToList();

    public int PositionOf(Guid holdId) => Waiting.Select((h, i) => (h, i)).Single(x => x.h.Id == holdId).i + 1;

    /// <summary>Checks a new hold against the rule and the reader's other holds, then places it.</summary>
    public Hold Place(Guid recordId, Guid readerId, string readerCategory, Guid pickupSiteId, CirculationRule rule,
        int readersActiveHolds, bool readerHasTitleOnLoan, DateTimeOffset now)
    {
        if (!rule.HoldsAllowed)
            throw new RuleViolationException("HOLDS_NOT_ALLOWED", new Bilingual(
                "Quy định không cho đặt mượn tài liệu này.", "The rules do not allow holds on this item."));
        if (readersActiveHolds >= rule.MaxHolds)
            throw new RuleViolationException("HOLD_LIMIT_REACHED", new Bilingual(
                $"Bạn đọc đã đặt mượn tối đa {rule.MaxHolds} tài liệu.", $"The reader already has the maximum of {rule.MaxHolds} holds."));
        if (holdsOnRecord.Any(h => h.IsActive && h.ReaderId == readerId))
            throw new RuleViolationException("HOLD_ALREADY_PLACED", new Bilingual(
                "Bạn đọc đã đặt mượn tài liệu này.", "The reader already has a hold on this title."));
        if (readerHasTitleOnLoan)
            throw new RuleViolationException("TITLE_ALREADY_ON_LOAN_TO_READER", new Bilingual(
                "Bạn đọc đang mượn tài liệu này.", "The reader already has this title on loan."));
        return Hold.Place(recordId, readerId, readerCategory, pickupSiteId, now);
    }

    /// <summary>On return: the first waiting hold catches the copy, or nobody does.</summary>
    public Hold? TrapFor(Guid copyId, Guid returnedAtSiteId, DateTimeOffset pickupBy)
    {
        var next = Waiting.FirstOrDefault();
        next?.Trap(copyId, returnedAtSiteId, pickupBy);
        return next;
    }
}
