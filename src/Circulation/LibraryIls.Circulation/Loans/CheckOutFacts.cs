namespace LibraryIls.Circulation.Loans;

/// <summary>Where the copy stands right now, as far as lending is concerned.</summary>
public enum CopyAvailability
{
    Available = 1,
    OnLoan = 2,
    InTransit = 3,
    OnHoldShelf = 4,
    NotForLoan = 5,
    InRotationElsewhere = 6,
}

/// <summary>What the desk knows at the moment of a checkout; the rules decide from these facts alone.</summary>
internal sealed record CheckOutFacts(
    Guid CopyId,
    Guid RecordId,
    Guid ReaderId,
    Guid SiteId,
    string ReaderCategory,
    string CirculationProfile,
    string ItemType,
    CopyAvailability Copy,
    bool HeldForThisReader,
    DateOnly? CardExpiredOn,
    string? CardBlockedReason,
    int OpenLoans,
    int OpenLoansOfItemType,
    int MostDaysOverdue);
