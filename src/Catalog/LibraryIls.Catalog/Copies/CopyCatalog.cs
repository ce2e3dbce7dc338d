using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Imports;
using LibraryIls.Catalog.Search;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Copies;

/// <summary>Copies as circulation and rotation see them (Catalog.Contracts).</summary>
internal sealed class CopyCatalog(CatalogDbContext db, ISiteDirectory sites) : ICopyCatalog
{
    /// <summary>Every scan at the desk asks this: compiled, so EF neither walks nor hashes the query tree per scan.</summary>
    private static readonly CompiledPerModel<Func<CatalogDbContext, string, CancellationToken, Task<CopySummary?>>> ByRegistrationNumber =
        new(() => EF.CompileAsyncQuery((CatalogDbContext db, string number, CancellationToken _) =>
            (from c in db.Copies.AsNoTracking().Where(c => c.RegistrationNumber == number)
             join r in db.Records on c.RecordId equals r.Id
             select new CopySummary(c.Id, c.RegistrationNumber, c.RecordId, c.SiteId, c.SiteLevel, c.Location, c.ItemType, r.DdcMainClass, c.Status))
            .SingleOrDefault()));

    /// <summary>
    /// The copy with this number, unless a renumbered copy still carries it as its old label (<see cref="OldLabels"/>):
    /// then the one copy it can mean, or a refusal listing the candidates.
    /// </summary>
    public async Task<CopySummary?> FindByRegistrationNumberAsync(string registrationNumber, CancellationToken ct)
    {
        var number = RegistrationNumber.Normalize(registrationNumber);
        var copy = await ByRegistrationNumber.For(db)(db, number, ct);
        var stillCarrying = await OldLabels.StillCarryingAsync(db, number, ct);
        if (stillCarrying.Count == 0) return copy;
        var holder = copy is null ? null
            : new CopyCandidate(copy.Id, copy.RegistrationNumber, await db.Records.Where(r => r.Id == copy.RecordId).Select(r => r.Title).SingleAsync(ct), null);
        return await FindAsync(OldLabels.Resolve(number, holder, stillCarrying), ct);
    }

    public Task<CopySummary?> FindAsync(Guid copyId, CancellationToken ct) =>
        Summaries(db.Copies.Where(c => c.Id == copyId)).SingleOrDefaultAsync(ct);

    public async Task<IReadOnlyList<CopySummary>> AvailableAtAsync(Guid siteId, int take, CancellationToken ct) =>
        (await Summaries(db.Copies.Where(c => c.SiteId == siteId && c.Status == CopyStatus.Available)
            .OrderBy(c => c.RegistrationNumber).Take(take)).ToListAsync(ct))!;

    public async Task<IReadOnlyList<CopySummary>> PickAvailableAsync(CopyPick pick, CancellationToken ct)
    {
        var except = pick.Except ?? [];
        var itemType = pick.ItemType?.Trim().ToUpperInvariant();
        var copies = db.Copies.Where(c => c.SiteId == pick.SiteId && c.Status == CopyStatus.Available && !except.Contains(c.Id));
        if (itemType is not null) copies = copies.Where(c => c.ItemType == itemType);
        if (pick.Location is { } location) copies = copies.Where(c => c.Location == location);
        if (pick.DdcMainClass is { } ddc) copies = copies.Where(c => db.Records.Any(r => r.Id == c.RecordId && r.DdcMainClass == ddc));
        return (await Summaries(copies.OrderBy(c => c.ShelfKey).ThenBy(c => c.RegistrationNumber).Take(pick.Take)).ToListAsync(ct))!;
    }

    public async Task<IReadOnlyList<CopyListing>> ListingsAsync(IReadOnlyCollection<Guid> copyIds, CancellationToken ct) =>
        await (from c in db.Copies.AsNoTracking().Where(c => copyIds.Contains(c.Id))
               join r in db.Records on c.RecordId equals r.Id
               orderby c.ShelfKey, c.RegistrationNumber
               select new CopyListing(c.Id, c.RegistrationNumber, c.CallNumber, r.Title, r.MainEntry)).ToListAsync(ct);

    /// <summary>
    /// Every checkout and return comes here: one set-based round trip that keeps the OPAC's on-the-shelf count exact
    /// (<see cref="SearchHoldings.ChangeStatusAsync"/>). A copy this context already tracks goes through the change
    /// tracker instead, so that its later save neither overwrites the new status nor fails on the version.
    /// </summary>
    public async Task ChangeStatusAsync(Guid copyId, CopyStatus status, CancellationToken ct)
    {
        if (db.ChangeTracker.Entries<Copy>().FirstOrDefault(e => e.Entity.Id == copyId) is { } tracked)
        {
            tracked.Entity.ChangeStatus(status);
            await db.SaveChangesAsync(ct);
            return;
        }
        if (!await SearchHoldings.ChangeStatusAsync(db, copyId, status, ct)) throw NotFoundException.Of("bản sách", "Copy", copyId);
    }

    public async Task MoveAsync(Guid copyId, Guid siteId, CopyLocation location, CancellationToken ct)
    {
        var copy = await Find(copyId, ct);
        var site = await sites.FindAsync(siteId, ct)
            ?? throw new RuleViolationException("SITE_NOT_FOUND", new Bilingual($"Không có cơ sở '{siteId}'.", $"No site '{siteId}'."));
        copy.MoveTo(site, location);
        await db.SaveChangesAsync(ct);
    }

    public async Task PlaceAsync(IReadOnlyCollection<CopyPlacement> placements, CancellationToken ct)
    {
        if (placements.Count == 0) return;
        var ids = placements.Select(p => p.CopyId).ToList();
        var copies = await db.Copies.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var places = new Dictionary<Guid, SiteInfo>();
        foreach (var placement in placements)
        {
            if (!copies.TryGetValue(placement.CopyId, out var copy)) throw NotFoundException.Of("bản sách", "Copy", placement.CopyId);
            if (!places.TryGetValue(placement.SiteId, out var site))
                places[placement.SiteId] = site = await sites.FindAsync(placement.SiteId, ct)
                    ?? throw new RuleViolationException("SITE_NOT_FOUND", new Bilingual($"Không có cơ sở '{placement.SiteId}'.", $"No site '{placement.SiteId}'."));
            copy.MoveTo(site, placement.Location);
            copy.ChangeStatus(placement.Status);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<Copy> Find(Guid copyId, CancellationToken ct) =>
        await db.Copies.SingleOrDefaultAsync(c => c.Id == copyId, ct) ?? throw NotFoundException.Of("bản sách", "Copy", copyId);

    private IQueryable<CopySummary?> Summaries(IQueryable<Copy> copies) =>
        from c in copies.AsNoTracking()
        join r in db.Records on c.RecordId equals r.Id
        select new CopySummary(c.Id, c.RegistrationNumber, c.RecordId, c.SiteId, c.SiteLevel, c.Location, c.ItemType, r.DdcMainClass, c.Status);
}
