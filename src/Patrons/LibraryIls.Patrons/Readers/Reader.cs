using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Patrons.Categories;
using LibraryIls.Patrons.Contracts;

namespace LibraryIls.Patrons.Readers;

/// <summary>A reader (bạn đọc) with their cards. Personal data falls under Decree 13/2023/NĐ-CP.</summary>
internal sealed class Reader
{
    public const string ErasedName = "(đã xoá / erased)";

    private readonly List<ReaderCard> _cards = [];

    private Reader() { }

    public Guid Id { get; private set; }
    public string FullName { get; private set; } = "";
    public string FoldedName { get; private set; } = "";
    public DateOnly? DateOfBirth { get; private set; }
    public Gender? Gender { get; private set; }
    public string? CitizenId { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? Address { get; private set; }
    public string? Commune { get; private set; }
    public string? District { get; private set; }
    public bool LivesInRuralArea { get; private set; }
    public string? SchoolOrWorkplace { get; private set; }
    public Guid CategoryId { get; private set; }
    public string CategoryCode { get; private set; } = "";
    public Guid HomeSiteId { get; private set; }
    public byte[]? Photo { get; private set; }
    public string? Notes { get; private set; }
    public string? Source { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public DateTime? ErasedAtUtc { get; private set; }
    public IReadOnlyCollection<ReaderCard> Cards => _cards;

    public ReaderCard? CurrentCard => _cards.SingleOrDefault(c => c.IsCurrent);

    public static Reader Create(ReaderData data, ReaderCategory category, Guid homeSiteId, DateTime nowUtc, string? source)
    {
        var reader = new Reader { Id = Guid.CreateVersion7(), CreatedAtUtc = nowUtc, Source = source };
        reader.Change(data, category, homeSiteId, nowUtc);
        return reader;
    }

    public void Change(ReaderData data, ReaderCategory category, Guid homeSiteId, DateTime nowUtc)
    {
        EnsureNotErased();
        var clean = data.Cleaned();
        (FullName, DateOfBirth, Gender, CitizenId, Phone, Email) =
            (clean.FullName, clean.DateOfBirth, clean.Gender, clean.CitizenId, clean.Phone, clean.Email);
        (Address, Commune, District, LivesInRuralArea, SchoolOrWorkplace, Notes) =
            (clean.Address, clean.Commune, clean.District, clean.LivesInRuralArea, clean.SchoolOrWorkplace, clean.Notes);
        FoldedName = VietnameseText.Fold(FullName);
        CategoryId = category.Id;
        CategoryCode = category.Code;
        HomeSiteId = homeSiteId;
        UpdatedAtUtc = nowUtc;
    }

    public void SetPhoto(byte[]? photo) => Photo = photo;

    public ReaderCard IssueCard(string number, Guid siteId, DateOnly validUntil, DateTime nowUtc)
    {
        EnsureNotErased();
        if (CurrentCard is { } current)
            throw new RuleViolationException("READER_HAS_CARD", new Bilingual(
                $"Bạn đọc đã có thẻ {current.Number}; mỗi bạn đọc chỉ có một thẻ còn hiệu lực.",
                $"The reader already holds card {current.Number}; a reader has at most one valid card."));
        var card = ReaderCard.Issue(Id, number, siteId, validUntil, nowUtc);
        _cards.Add(card);
        return card;
    }

    /// <summary>Extends the validity from today or from the card's end date, whichever is later.</summary>
    public ReaderCard RenewCard(string number, ReaderCategory category, DateOnly today)
    {
        var card = Card(number);
        if (card.State is CardState.Blocked) throw CardBlocked(card);
        if (card.State is CardState.Replaced or CardState.Cancelled) throw CardNotUsable(card);
        if (card.State == CardState.Expired && CurrentCard is not null) throw CardNotUsable(card);
        card.ExtendTo(category.ValidUntil(card.ValidUntil > today ? card.ValidUntil : today));
        return card;
    }

    /// <summary>A lost card: the old number is blocked for good (history kept) and a new one carries the same validity.</summary>
    public ReaderCard ReplaceCard(string number, string newNumber, Guid siteId, string reason, DateTime nowUtc)
    {
        var old = Card(number);
        if (!old.IsCurrent) throw CardNotUsable(old);
        old.ReplaceBy(newNumber, reason);
        var card = ReaderCard.Issue(Id, newNumber, siteId, old.ValidUntil, nowUtc);
        _cards.Add(card);
        return card;
    }

    public ReaderCard BlockCard(string number, string reason)
    {
        var card = Card(number);
        if (card.State != CardState.Valid) throw CardNotUsable(card);
        card.Block(reason);
        return card;
    }

    public ReaderCard UnblockCard(string number)
    {
        var card = Card(number);
        if (card.State != CardState.Blocked)
            throw new RuleViolationException("CARD_NOT_BLOCKED", new Bilingual(
                $"Thẻ {card.Number} không bị khoá.", $"Card {card.Number} is not blocked."));
        card.Unblock();
        return card;
    }

    /// <summary>Valid cards whose end date has passed become expired (the nightly job).</summary>
    public IReadOnlyList<ReaderCard> ExpireCards(DateOnly today)
    {
        var expired = _cards.Where(c => c.State == CardState.Valid && c.ValidUntil < today).ToList();
        foreach (var card in expired) card.Expire();
        return expired;
    }

    /// <summary>
    /// The reader's right to erasure: personal data is removed, the record stays as an anonymous shell so the
    /// published statistics (which never held the reader) are unchanged. Open loans are checked by the caller.
    /// </summary>
    public void Erase(DateTime nowUtc)
    {
        EnsureNotErased();
        foreach (var card in _cards.Where(c => c.IsCurrent)) card.Cancel("ERASED");
        FullName = ErasedName;
        FoldedName = "";
        DateOfBirth = null;
        Gender = null;
        CitizenId = Phone = Email = Address = Commune = District = SchoolOrWorkplace = Notes = null;
        Photo = null;
        ErasedAtUtc = UpdatedAtUtc = nowUtc;
    }

    private ReaderCard Card(string number) =>
        _cards.SingleOrDefault(c => c.Number == number) ?? throw NotFoundException.Of("thẻ", "Card", number);

    private void EnsureNotErased()
    {
        if (ErasedAtUtc is not null)
            throw new RuleViolationException("READER_ERASED", new Bilingual(
                "Dữ liệu của bạn đọc này đã bị xoá theo yêu cầu.", "This reader's data was erased on request."));
    }

    private static RuleViolationException CardBlocked(ReaderCard card) => new("CARD_BLOCKED", new Bilingual(
        $"Thẻ {card.Number} đang bị khoá: {card.BlockReason}", $"Card {card.Number} is blocked: {card.BlockReason}"));

    private static RuleViolationException CardNotUsable(ReaderCard card) => new("CARD_NOT_USABLE", new Bilingual(
        $"Không thể thao tác trên thẻ {card.Number} ở trạng thái {card.State}.",
        $"Card {card.Number} cannot be used in state {card.State}."));
}
