using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Organization.Contracts;
using LibraryIls.Organization.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Organization.Staff;

/// <summary>Opens staff accounts: from the API, from <c>create-admin</c> and from <c>seed-demo</c>.</summary>
internal sealed class StaffRegistry(OrganizationDbContext db, ISiteDirectory sites, IPasswordHasher<StaffAccount> hasher)
{
    public async Task<StaffResponse> Create(StaffRequest request, CancellationToken ct)
    {
        var userName = StaffAccount.NormalizeUserName(request.UserName);
        if (await db.StaffAccounts.AnyAsync(s => s.UserName == userName, ct))
            throw new RuleViolationException("USER_NAME_TAKEN", new Bilingual(
                $"Tên đăng nhập '{userName}' đã có người dùng.", $"User name '{userName}' is already taken."));
        var siteIds = new List<Guid>();
        foreach (var code in request.SiteCodes)
            siteIds.Add((await sites.FindByCodeAsync(code, ct))?.Id ?? throw new RuleViolationException("SITE_NOT_FOUND",
                new Bilingual($"Không có cơ sở mã '{code}'.", $"No site with code '{code}'.")));
        var account = StaffAccount.Create(userName, request.FullName, request.Roles, siteIds);
        account.SetPasswordHash(hasher.HashPassword(account, request.Password));
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync(ct);
        return await Describe(account, ct);
    }

    public async Task<StaffResponse> Describe(StaffAccount account, CancellationToken ct)
    {
        var codes = new List<string>();
        foreach (var id in account.SiteIds)
            if (await sites.FindAsync(id, ct) is { } site) codes.Add(site.Code);
        return new StaffResponse(account.Id, account.UserName, account.FullName, account.IsActive,
            [.. account.Roles], [.. codes]);
    }
}
