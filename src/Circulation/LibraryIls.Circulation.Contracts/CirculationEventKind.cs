namespace LibraryIls.Circulation.Contracts;

/// <summary>
/// What happened, as the statistics count it. Renewals, in-house uses, holds, rotation and mobile uses are
/// separate kinds so that the ministry's figures and the ISO 2789 ones each count them where they belong.
/// </summary>
public enum CirculationEventKind
{
    CheckOut = 1,
    Renewal = 2,
    AutomaticRenewal = 3,
    Return = 4,
    InHouseUse = 5,
    HoldPlaced = 6,
    HoldFilled = 7,
    TransferSent = 8,
    TransferReceived = 9,
    RotationUse = 10,
    MobileUse = 11,
}
