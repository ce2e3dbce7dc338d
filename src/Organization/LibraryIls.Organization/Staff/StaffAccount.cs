using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.BuildingBlocks.Security;

namespace LibraryIls.Organization.Staff;

/// <summary>A staff member who signs in: roles say what they may do, bound sites say where.</summary>
internal sealed class StaffAccount
{
    private readonly List<Guid> _siteIds = [];
    private readonly List<string> _roles = [];

    private StaffAccount() { }

    public Guid Id { get; private set; }
    public string UserName { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public string PasswordHash { get; private set; } = "";
    public bool IsActive { get; private set; } = true;
    public IReadOnlyCollection<string> Roles => _roles;
    public IReadOnlyCollection<Guid> SiteIds => _siteIds;

    public static StaffAccount Create(string userName, string fullName, IEnumerable<string> roles,
        IEnumerable<Guid> siteIds)
    {
        var account = new StaffAccount
        {
            Id = Guid.CreateVersion7(),
            UserName = NormalizeUserName(userName),
            FullName = fullName.Trim().Normalize(),
        };
        account.Assign(roles, siteIds);
        return account;
    }

    public static string NormalizeUserName(string userName) => userName.Trim().ToLowerInvariant();

    public void Assign(IEnumerable<string> roles, IEnumerable<Guid> siteIds)
    {
        var newRoles = roles.Distinct().ToList();
        var unknown = newRoles.Except(BuildingBlocks.Security.Roles.All).ToList();
        if (unknown.Count > 0)
            throw new RuleViolationException("UNKNOWN_ROLE", new Bilingual(
                $"Vai trò không tồn tại: {string.Join(", ", unknown)}.", $"Unknown role: {string.Join(", ", unknown)}."));
        var sites = siteIds.Distinct().ToList();
        // Everyone but an administrator works at some desk; an account bound to nowhere could act nowhere.
        if (sites.Count == 0 && !newRoles.Contains(BuildingBlocks.Security.Roles.Admin))
            throw new RuleViolationException("STAFF_NEEDS_A_SITE", new Bilingual(
                "Tài khoản nhân viên phải gắn với ít nhất một cơ sở.", "A staff account must be bound to at least one site."));
        _roles.Clear();
        _roles.AddRange(newRoles);
        _siteIds.Clear();
        _siteIds.AddRange(sites);
    }

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
