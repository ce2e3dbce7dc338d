using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Classification;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Records;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Copies;

/// <summary>Adds, changes and removes copies; each at a site the cataloguer may act at.</summary>
internal sealed class CopyChanges(
    CatalogDbContext db, ISiteDirectory sites, IStaffSiteScope scope, CallNumbers callNumbers, TimeProvider clock)
{
    public async Task<Copy> Add(Guid recordId, CopyRequest request, ClaimsPrincipal user, CancellationToken ct) =>
        (await AddRun(recordId, [request.RegistrationNumber], request.SiteCode, Details(request.Location, request.ItemType,
            request.CallNumber, request.Price, request.AcquiredOn, request.Source), user, ct))[0];

    public Task<IReadOnlyList<Copy>> AddRun(Guid recordId, BulkCopyRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        RegistrationNumber.TryParse(request.FirstRegistrationNumber, out var first);
        return AddRun(recordId, first!.Run(request.Count), request.SiteCode, Details(request.Location, request.ItemType,
            request.CallNumber, request.Price, request.AcquiredOn, request.Source), user, ct);
    }

    public async Task<Copy> Change(Guid copyId, CopyRequest request, int expectedVersion, ClaimsPrincipal user, CancellationToken ct)
    {
        var copy = await Find(copyId, ct);
        await scope.EnsureCanActAtAsync(user, copy.SiteId, ct);
        var site = await Site(request.SiteCode, user, ct);
        if (RegistrationNumber.Normalize(request.RegistrationNumber) != copy.RegistrationNumber)
            throw new RuleViolationException("REGISTRATION_NUMBER_FIXED", new Bilingual(
                "Số đăng ký cá biệt của bản sách không đổi được; hãy thanh lý và nhập bản mới.",
                "A copy's registration number cannot change; withdraw it and add a new copy."));
        db.Entry(copy).Property(c => c.Version).OriginalValue = expectedVersion;
        if (copy.Version != expectedVersion) throw new DbUpdateConcurrencyException($"Copy {copyId} is at version {copy.Version}.");
        copy.Change(site, Details(request.Location, request.ItemType, request.CallNumber ?? copy.CallNumber, request.Price,
            request.AcquiredOn, request.Source));
        if (request.Status is { } status) copy.RecordCondition(status);
        await db.SaveChangesAsync(ct);
        return copy;
    }

    public async Task Delete(Guid copyId, ClaimsPrincipal user, CancellationToken ct)
    {
        var copy = await Find(copyId, ct);
        await scope.EnsureCanActAtAsync(user, copy.SiteId, ct);
        if (copy.Status is Contracts.CopyStatus.OnLoan or Contracts.CopyStatus.InRotation or Contracts.CopyStatus.InTransit)
            throw new RuleViolationException("COPY_IN_CIRCULATION", new Bilingual(
                "Bản sách đang được mượn hoặc luân chuyển, không xoá được.", "The copy is on loan or in rotation and cannot be deleted."));
        db.Copies.Remove(copy);
        await db.SaveChangesAsync(ct);
    }

    private async Task<IReadOnlyList<Copy>> AddRun(Guid recordId, IReadOnlyList<string> numbers, string siteCode, CopyDetails details,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var record = await db.Records.AsNoTracking().SingleOrDefaultAsync(r => r.Id == recordId, ct)
            ?? throw NotFoundException.Of("biểu ghi", "Record", recordId);
        var site = await Site(siteCode, user, ct);
        var normalized = numbers.Select(RegistrationNumber.Normalize).ToList();
        await EnsureFree(normalized, ct);
        if (string.IsNullOrWhiteSpace(details.CallNumber)) details = details with { CallNumber = callNumbers.For(record).ToString() };
        var now = clock.GetUtcNow();
        var copies = normalized.Select(n => Copy.Create(recordId, n, site, details, now)).ToList();
        db.Copies.AddRange(copies);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two desks numbering at the same moment: the unique index caught it; say which numbers, as above.
            db.ChangeTracker.Clear();
            await EnsureFree(normalized, ct);
            throw;
        }
        return copies;
    }

    private async Task EnsureFree(List<string> numbers, CancellationToken ct)
    {
        var taken = await db.Copies.Where(c => numbers.Contains(c.RegistrationNumber)).Select(c => c.RegistrationNumber).ToListAsync(ct);
        if (taken.Count > 0)
            throw new RuleViolationException("REGISTRATION_NUMBER_TAKEN", new Bilingual(
                $"Số đăng ký cá biệt đã dùng: {string.Join(", ", taken.Order().Take(20))}.",
                $"Registration numbers already in use: {string.Join(", ", taken.Order().Take(20))}."));
    }

    private async Task<SiteInfo> Site(string code, ClaimsPrincipal user, CancellationToken ct)
    {
        var site = await sites.FindByCodeAsync(code, ct)
            ?? throw new RuleViolationException("SITE_NOT_FOUND", new Bilingual($"Không có cơ sở mã '{code}'.", $"No site with code '{code}'."));
        await scope.EnsureCanActAtAsync(user, site.Id, ct);
        return site;
    }

    private async Task<Copy> Find(Guid copyId, CancellationToken ct) =>
        await db.Copies.SingleOrDefaultAsync(c => c.Id == copyId, ct) ?? throw NotFoundException.Of("bản sách", "Copy", copyId);

    private static CopyDetails Details(Contracts.CopyLocation location, string itemType, string? callNumber, decimal? price,
        DateOnly acquiredOn, Contracts.AcquisitionSource source) =>
        new(location, itemType, callNumber ?? "", price, acquiredOn, source);
}
