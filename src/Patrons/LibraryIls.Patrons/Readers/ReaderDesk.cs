using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Organization.Contracts;
using LibraryIls.Patrons.Categories;
using LibraryIls.Patrons.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Readers;

/// <summary>
/// Loads what a desk action works on and checks the desk may act there: a reader belongs to their home site,
/// and staff see only readers of their own sites (Decree 13/2023: access on a need-to-know basis).
/// </summary>
internal sealed class ReaderDesk(PatronsDbContext db, IStaffSiteScope scope, ISiteDirectory sites)
{
    public async Task<Reader> ReaderAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var reader = await db.Readers.Include(r => r.Cards).SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw NotFoundException.Of("bạn đọc", "Reader", id);
        await scope.EnsureCanActAtAsync(user, reader.HomeSiteId, ct);
        return reader;
    }

    public async Task<Reader> ReaderByCardAsync(string cardNumber, ClaimsPrincipal user, CancellationToken ct)
    {
        var readerId = await db.Cards.Where(c => c.Number == cardNumber.Trim()).Select(c => (Guid?)c.ReaderId)
            .SingleOrDefaultAsync(ct) ?? throw NotFoundException.Of("thẻ", "Card", cardNumber);
        return await ReaderAsync(readerId, user, ct);
    }

    /// <summary>A site the desk may act at; <paramref name="user"/> null for public callers (no scope check).</summary>
    public async Task<SiteInfo> SiteAsync(string code, ClaimsPrincipal? user, CancellationToken ct)
    {
        var site = await sites.FindByCodeAsync(code, ct)
            ?? throw new RuleViolationException("SITE_NOT_FOUND", new Bilingual(
                $"Không có cơ sở mã '{code}'.", $"No site with code '{code}'."));
        if (user is not null) await scope.EnsureCanActAtAsync(user, site.Id, ct);
        return site;
    }

    public Task<SiteInfo> SiteAsync(Guid id, CancellationToken ct) => sites.GetAsync(id, ct);

    public async Task<ReaderCategory> CategoryAsync(string code, CancellationToken ct)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return await db.Categories.SingleOrDefaultAsync(c => c.Code == normalized, ct)
            ?? throw new RuleViolationException("CATEGORY_NOT_FOUND", new Bilingual(
                $"Không có đối tượng bạn đọc mã '{code}'.", $"No reader category with code '{code}'."));
    }

    public async Task<ReaderCategory> CategoryAsync(Guid id, CancellationToken ct) =>
        await db.Categories.SingleAsync(c => c.Id == id, ct);
}
