using LibraryIls.Patrons.Contracts;

namespace LibraryIls.Patrons.Readers;

/// <summary>A reader card (thẻ bạn đọc). Changed only through its <see cref="Reader"/>, which keeps the one-valid-card rule.</summary>
internal sealed class ReaderCard
{
    private ReaderCard() { }

    public Guid Id { get; private set; }
    public Guid ReaderId { get; private set; }
    public string Number { get; private set; } = "";
    public Guid SiteId { get; private set; }
    public DateTime IssuedAtUtc { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public CardState State { get; private set; }
    public string? BlockReason { get; private set; }
    public string? ReplacedBy { get; private set; }

    /// <summary>Valid or blocked: the card the reader holds now. A reader has at most one.</summary>
    public bool IsCurrent => State is CardState.Valid or CardState.Blocked;

    internal static ReaderCard Issue(Guid readerId, string number, Guid siteId, DateOnly validUntil, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(), ReaderId = readerId, Number = number, SiteId = siteId,
        IssuedAtUtc = nowUtc, ValidUntil = validUntil, State = CardState.Valid,
    };

    internal void ExtendTo(DateOnly validUntil)
    {
        ValidUntil = validUntil;
        State = CardState.Valid;
    }

    internal void Block(string reason) => (State, BlockReason) = (CardState.Blocked, reason);

    internal void Unblock() => (State, BlockReason) = (CardState.Valid, null);

    internal void ReplaceBy(string newNumber, string reason) => (State, BlockReason, ReplacedBy) = (CardState.Replaced, reason, newNumber);

    internal void Expire() => State = CardState.Expired;

    internal void Cancel(string reason) => (State, BlockReason) = (CardState.Cancelled, reason);
}
