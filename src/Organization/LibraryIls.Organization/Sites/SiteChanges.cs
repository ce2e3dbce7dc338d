using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Organization.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Organization.Sites;

/// <summary>Creates and changes sites; both need the parent looked up the same way.</summary>
internal sealed class SiteChanges(OrganizationDbContext db, SiteDirectory directory)
{
    public async Task<SiteResponse> Create(SiteRequest request, CancellationToken ct)
    {
        var code = request.Code.Trim().ToUpperInvariant();
        if (await db.Sites.AnyAsync(s => s.Code == code, ct))
            throw new RuleViolationException("SITE_CODE_TAKEN", new Bilingual(
                $"Mã cơ sở '{code}' đã được dùng.", $"Site code '{code}' is already in use."));
        var site = Site.Create(code, request.Name, request.Level, request.Kind, await Parent(request, ct),
            request.PointKind, request.IsRural, request.Address, request.IsDisadvantagedArea);
        db.Sites.Add(site);
        await db.SaveChangesAsync(ct);
        directory.Invalidate();
        return SiteResponse.From(site);
    }

    public async Task<SiteResponse> Change(string code, SiteRequest request, CancellationToken ct)
    {
        var site = await db.Sites.SingleOrDefaultAsync(s => s.Code == code.ToUpperInvariant(), ct)
            ?? throw NotFoundException.Of("cơ sở", "Site", code);
        var parent = await Parent(request, ct);
        if (parent is not null && (await directory.SubtreeAsync(site.Id, ct)).Contains(parent.Id))
            throw new RuleViolationException("SITE_PARENT_CYCLE", new Bilingual(
                "Đơn vị cấp trên không thể là một cơ sở trực thuộc.", "The parent cannot be one of the site's own sub-sites."));
        site.Change(request.Name, request.Level, request.Kind, parent, request.PointKind, request.IsRural, request.Address, request.IsDisadvantagedArea);
        await db.SaveChangesAsync(ct);
        directory.Invalidate();
        return SiteResponse.From(site);
    }

    private async Task<Site?> Parent(SiteRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.ParentCode)) return null;
        var parentCode = request.ParentCode.Trim().ToUpperInvariant();
        return await db.Sites.SingleOrDefaultAsync(s => s.Code == parentCode, ct)
            ?? throw new RuleViolationException("PARENT_SITE_NOT_FOUND", new Bilingual(
                $"Không có đơn vị cấp trên mã '{parentCode}'.", $"No parent site with code '{parentCode}'."));
    }
}
