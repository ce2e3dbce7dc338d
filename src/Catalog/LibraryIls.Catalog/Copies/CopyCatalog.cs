using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Data;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Copies;

/// <summary>Copies as circulation and rotation see them (Catalog.Contracts).</summary>
internal sealed class CopyCatalog(CatalogDbContext db, ISiteDirectory sites) : ICopyCatalog
{
    public Task<CopySummary?> FindByRegistrationNumberAsync(string registrationNumber, CancellationToken ct)
    {
        var number = RegistrationNumber.Normalize(registrationNumber);
        return Summaries(c => c.RegistrationNumber == number).SingleOrDefaultAsync(ct);
    }

    public Task<CopySummary?> FindAsync(Guid copyId, CancellationToken ct) =>
        Summaries(c => c.Id == copyId).SingleOrDefaultAsync(ct);

    public async Task ChangeStatusAsync(Guid copyId, CopyStatus status, CancellationToken ct)
    {
        var copy = await Find(copyId, ct);
        copy.ChangeStatus(status);
        await db.SaveChangesAsync(ct);
    }

    public async Task MoveAsync(Guid copyId, Guid siteId, CopyLocation location, CancellationToken ct)
    {
        var copy = await Find(copyId, ct);
        var site = await sites.FindAsync(siteId, ct)
            ?? throw new RuleViolationException("SITE_NOT_FOUND", new Bilingual($"Không có cơ sở '{siteId}'.", $"No site '{siteId}'."));
        copy.MoveTo(site, location);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Copy> Find(Guid copyId, CancellationToken ct) =>
        await db.Copies.SingleOrDefaultAsync(c => c.Id == copyId, ct) ?? throw NotFoundException.Of("bản sách", "Copy", copyId);

    private IQueryable<CopySummary?> Summaries(System.Linq.Expressions.Expression<Func<Copy, bool>> which) =>
        from c in db.Copies.AsNoTracking().Where(which)
        join r in db.Records on c.RecordId equals r.Id
        select new CopySummary(c.Id, c.RegistrationNumber, c.RecordId, c.SiteId, c.SiteLevel, c.Location, c.ItemType, r.DdcMainClass, c.Status);
}
