using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Readers;
using LibraryIls.Patrons.Statistics;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Cards;

/// <summary>Circulation's question "may this card borrow?", answered from Patrons' own tables.</summary>
internal sealed class ReaderCardStatusService(PatronsDbContext db, TimeProvider clock) : IReaderCardStatus
{
    public Task<ReaderCardStatus?> FindByCardNumberAsync(string cardNumber, CancellationToken ct)
    {
        // Trimmed outside the query: a method call inside it is evaluated by compiling an expression on every request.
        var number = cardNumber.Trim();
        return Query(db.Cards.Where(c => c.Number == number), ct);
    }

    public Task<ReaderCardStatus?> FindByReaderAsync(Guid readerId, CancellationToken ct) =>
        Query(db.Cards.Where(c => c.ReaderId == readerId)
            .OrderByDescending(c => c.State == CardState.Valid || c.State == CardState.Blocked)
            .ThenByDescending(c => c.IssuedAtUtc), ct);

    public async Task<IReadOnlyList<ReaderCardStatus>> ValidCardsOfSiteAsync(Guid siteId, int take, CancellationToken ct)
    {
        var today = VietnamDate.Today(clock);
        var cards = db.Cards.Where(c => c.State == CardState.Valid && c.ValidUntil >= today
                && db.Readers.Any(r => r.Id == c.ReaderId && r.HomeSiteId == siteId))
            .OrderBy(c => c.Number).Take(take);
        return await Statuses(cards).ToListAsync(ct);
    }

    private IQueryable<ReaderCardStatus> Statuses(IQueryable<ReaderCard> cards) =>
        (from card in cards
         join reader in db.Readers on card.ReaderId equals reader.Id
         join category in db.Categories on reader.CategoryId equals category.Id
         select new ReaderCardStatus(reader.Id, card.Number, card.State, card.ValidUntil, category.Code,
             category.CirculationProfile, reader.HomeSiteId, card.BlockReason)).AsNoTracking();

    private async Task<ReaderCardStatus?> Query(IQueryable<ReaderCard> cards, CancellationToken ct)
    {
        var status = await Statuses(cards).FirstOrDefaultAsync(ct);
        // Between the end date and the nightly expiry job the card is already expired for lending.
        return status is { State: CardState.Valid } && status.ValidUntil < VietnamDate.Today(clock)
            ? status with { State = CardState.Expired }
            : status;
    }
}
