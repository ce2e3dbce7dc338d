using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Readers;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Cards;

/// <summary>Circulation's question "may this card borrow?", answered from Patrons' own tables.</summary>
internal sealed class ReaderCardStatusService(PatronsDbContext db, TimeProvider clock) : IReaderCardStatus
{
    /// <summary>Every checkout asks this: compiled, so EF neither walks nor hashes the query tree per scan.</summary>
    private static readonly CompiledPerModel<Func<PatronsDbContext, string, CancellationToken, Task<ReaderCardStatus?>>> ByCardNumber =
        new(() => EF.CompileAsyncQuery((PatronsDbContext db, string number, CancellationToken _) =>
            (from card in db.Cards.AsNoTracking()
             where card.Number == number
             join reader in db.Readers on card.ReaderId equals reader.Id
             join category in db.Categories on reader.CategoryId equals category.Id
             select new ReaderCardStatus(reader.Id, card.Number, card.State, card.ValidUntil, category.Code,
                 category.CirculationProfile, reader.HomeSiteId, card.BlockReason)).FirstOrDefault()));

    public async Task<ReaderCardStatus?> FindByCardNumberAsync(string cardNumber, CancellationToken ct) =>
        Checked(await ByCardNumber.For(db)(db, cardNumber.Trim(), ct));

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

    private async Task<ReaderCardStatus?> Query(IQueryable<ReaderCard> cards, CancellationToken ct) =>
        Checked(await Statuses(cards).FirstOrDefaultAsync(ct));

    /// <summary>Between the end date and the nightly expiry job the card is already expired for lending.</summary>
    private ReaderCardStatus? Checked(ReaderCardStatus? status) =>
        status is { State: CardState.Valid } && status.ValidUntil < VietnamDate.Today(clock)
            ? status with { State = CardState.Expired }
            : status;
}
