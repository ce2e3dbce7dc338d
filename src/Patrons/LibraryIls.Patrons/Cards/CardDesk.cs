using System.Security.Claims;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Organization.Contracts;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Privacy;
using LibraryIls.Patrons.Readers;
using LibraryIls.Patrons.Statistics;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Cards;

/// <summary>
/// The card life cycle at the desk: issue, renew, replace a lost card, block and unblock. Each counted event
/// (issued, renewed, replaced) is written for the statistics in the same save as the change.
/// </summary>
internal sealed class CardDesk(PatronsDbContext db, ReaderDesk desk, AuditTrail audit, TimeProvider clock)
{
    public async Task<Reader> Issue(Guid readerId, string? siteCode, ClaimsPrincipal user, CancellationToken ct)
    {
        var reader = await desk.ReaderAsync(readerId, user, ct);
        var site = await ActingSite(reader, siteCode, user, ct);
        await IssueTo(reader, site, user, ct);
        await db.SaveChangesAsync(ct);
        return reader;
    }

    /// <summary>Issues a card to a reader already in the unit of work (desk, online approval); saved by the caller.</summary>
    public async Task<ReaderCard> IssueTo(Reader reader, SiteInfo site, ClaimsPrincipal user, CancellationToken ct)
    {
        var category = await desk.CategoryAsync(reader.CategoryId, ct);
        var card = reader.IssueCard(await NextNumber(site, ct), site.Id, category.ValidUntil(VietnamDate.Today(clock)),
            clock.GetUtcNow().UtcDateTime);
        db.Cards.Add(card);
        Count(CardEvent.Issued, site, reader);
        audit.Record(reader.Id, user, AuditTrail.CardIssued, card.Number);
        return card;
    }

    public async Task<Reader> Renew(string number, string? siteCode, ClaimsPrincipal user, CancellationToken ct)
    {
        var reader = await desk.ReaderByCardAsync(number, user, ct);
        var site = await ActingSite(reader, siteCode, user, ct);
        reader.RenewCard(number, await desk.CategoryAsync(reader.CategoryId, ct), VietnamDate.Today(clock));
        Count(CardEvent.Renewed, site, reader);
        audit.Record(reader.Id, user, AuditTrail.CardRenewed, number);
        await db.SaveChangesAsync(ct);
        return reader;
    }

    public async Task<Reader> Replace(string number, string reason, string? siteCode, ClaimsPrincipal user, CancellationToken ct)
    {
        var reader = await desk.ReaderByCardAsync(number, user, ct);
        var site = await ActingSite(reader, siteCode, user, ct);
        var card = reader.ReplaceCard(number, await NextNumber(site, ct), site.Id, reason.Trim().Normalize(), clock.GetUtcNow().UtcDateTime);
        db.Cards.Add(card);
        Count(CardEvent.Replaced, site, reader);
        audit.Record(reader.Id, user, AuditTrail.CardReplaced, $"{number} -> {card.Number}");
        await db.SaveChangesAsync(ct);
        return reader;
    }

    public async Task<Reader> Block(string number, string reason, ClaimsPrincipal user, CancellationToken ct)
    {
        var reader = await desk.ReaderByCardAsync(number, user, ct);
        reader.BlockCard(number, reason.Trim().Normalize());
        audit.Record(reader.Id, user, AuditTrail.CardBlocked, number);
        await db.SaveChangesAsync(ct);
        return reader;
    }

    public async Task<Reader> Unblock(string number, ClaimsPrincipal user, CancellationToken ct)
    {
        var reader = await desk.ReaderByCardAsync(number, user, ct);
        reader.UnblockCard(number);
        audit.Record(reader.Id, user, AuditTrail.CardUnblocked, number);
        await db.SaveChangesAsync(ct);
        return reader;
    }

    private async Task<SiteInfo> ActingSite(Reader reader, string? siteCode, ClaimsPrincipal user, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(siteCode) ? await desk.SiteAsync(reader.HomeSiteId, ct) : await desk.SiteAsync(siteCode, user, ct);

    private void Count(string kind, SiteInfo site, Reader reader) =>
        db.CardEvents.Add(CardEvent.Record(kind, SiteStamp.Of(site), reader.CategoryCode, clock.GetUtcNow()));

    /// <summary>The site's next number by its pattern, skipping numbers already taken (e.g. by an import).</summary>
    private async Task<string> NextNumber(SiteInfo site, CancellationToken ct)
    {
        // Find looks in the unit of work first: several cards may be issued before one save (approvals, demo data).
        var pattern = await db.CardNumberPatterns.FindAsync([site.Id], ct);
        if (pattern is null)
        {
            pattern = CardNumberPattern.For(site.Id);
            db.CardNumberPatterns.Add(pattern);
        }
        var today = VietnamDate.Today(clock);
        while (true)
        {
            var number = pattern.Next(site.Code, today);
            if (db.Cards.Local.All(c => c.Number != number) && !await db.Cards.AnyAsync(c => c.Number == number, ct))
                return number;
        }
    }
}
