namespace LibraryIls.Circulation.Holds;

public enum HoldStatus
{
    /// <summary>In the record's queue.</summary>
    Waiting = 1,

    /// <summary>A returned copy was caught for it and travels to the pickup site.</summary>
    InTransit = 2,

    /// <summary>On the hold shelf at the pickup site, waiting for the reader until <see cref="Hold.PickupBy"/>.</summary>
    ReadyForPickup = 3,

    Filled = 4,
    Cancelled = 5,
    Expired = 6,
}
