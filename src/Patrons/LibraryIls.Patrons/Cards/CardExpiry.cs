using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Organization.Contracts;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Statistics;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Cards;

/// <summary>Valid cards past their end date become expired, each counted as an Expired event. Run nightly and on demand.</summary>
internal sealed class CardExpiry(PatronsDbContext db, ISiteDirectory sites, TimeProvider clock)
{
    private const int Batch = 500;

    public async Task<int> Run(CancellationToken ct)
    {
        var today = VietnamDate.Today(clock);
        var total = 0;
        while (true)
        {
            var readers = await db.Readers.Include(r => r.Cards)
                .Where(r => r.Cards.Any(c => c.State == CardState.Valid && c.ValidUntil < today))
                .Take(Batch).ToListAsync(ct);
            if (readers.Count == 0) return total;
            foreach (var reader in readers)
                foreach (var card in reader.ExpireCards(today))
                {
                    var site = await sites.FindAsync(card.SiteId, ct);
                    var stamp = site is null ? new SiteStamp(card.SiteId, "?", "?", false) : SiteStamp.Of(site);
                    db.CardEvents.Add(CardEvent.Record(CardEvent.Expired, stamp, reader.CategoryCode, clock.GetUtcNow()));
                    total++;
                }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
