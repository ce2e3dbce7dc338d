namespace LibraryIls.Patrons.Contracts;

/// <summary>
/// What Circulation asks before lending: is this card valid, which category (and so which circulation
/// profile) does its reader belong to, and if not valid, why.
/// </summary>
public interface IReaderCardStatus
{
    /// <summary>The card with this number, or null when no card has it.</summary>
    Task<ReaderCardStatus?> FindByCardNumberAsync(string cardNumber, CancellationToken ct);

    /// <summary>The reader's current card (valid or blocked), else their most recent one; null if the reader has none.</summary>
    Task<ReaderCardStatus?> FindByReaderAsync(Guid readerId, CancellationToken ct);

    /// <summary>Up to <paramref name="take"/> valid cards of readers whose home is the site (demo data, kiosks).</summary>
    Task<IReadOnlyList<ReaderCardStatus>> ValidCardsOfSiteAsync(Guid siteId, int take, CancellationToken ct);
}

public sealed record ReaderCardStatus(
    Guid ReaderId,
    string CardNumber,
    CardState State,
    DateOnly ValidUntil,
    string CategoryCode,
    string CirculationProfile,
    Guid HomeSiteId,
    string? BlockReason)
{
    /// <summary>Only a valid card may borrow; every other state has its reason in <see cref="State"/>/<see cref="BlockReason"/>.</summary>
    public bool IsValid => State == CardState.Valid;
}

public enum CardState
{
    Valid = 1,
    Blocked = 2,
    Expired = 3,

    /// <summary>Reported lost and replaced by a new card: the old number never lends again.</summary>
    Replaced = 4,

    /// <summary>The reader's data was erased on request.</summary>
    Cancelled = 5,
}
