using LibraryIls.Organization.Contracts;
using LibraryIls.Organization.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Organization.Sites;

/// <summary>
/// The network of sites, held in memory: a province has a few hundred sites and every desk action
/// asks about them, so a checkout must not pay a query for it. Refreshed on change here and after
/// a minute at most for changes made by another API node.
/// </summary>
internal sealed class SiteDirectory(IServiceScopeFactory scopes, TimeProvider clock) : ISiteDirectory
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private volatile Snapshot? _snapshot;

    public async Task<SiteInfo?> FindAsync(Guid id, CancellationToken ct) =>
        (await Current(ct)).ById.GetValueOrDefault(id);

    public async Task<SiteInfo?> FindByCodeAsync(string code, CancellationToken ct) =>
        (await Current(ct)).ByCode.GetValueOrDefault(code.Trim().ToUpperInvariant());

    public async Task<IReadOnlySet<Guid>> SubtreeAsync(Guid id, CancellationToken ct)
    {
        var snapshot = await Current(ct);
        var result = new HashSet<Guid>();
        var pending = new Stack<Guid>([id]);
        while (pending.TryPop(out var next))
        {
            if (!result.Add(next)) continue;
            foreach (var child in snapshot.Children[next]) pending.Push(child);
        }
        return result;
    }

    public void Invalidate() => _snapshot = null;

    private async Task<Snapshot> Current(CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && clock.GetUtcNow() - snapshot.Taken < MaxAge) return snapshot;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
        var sites = await db.Sites.AsNoTracking().ToListAsync(ct);
        snapshot = new Snapshot(
            clock.GetUtcNow(),
            sites.ToDictionary(s => s.Id, s => s.ToInfo()),
            sites.ToDictionary(s => s.Code, s => s.ToInfo()),
            sites.Where(s => s.ParentId is not null).ToLookup(s => s.ParentId!.Value, s => s.Id));
        _snapshot = snapshot;
        return snapshot;
    }

    private sealed record Snapshot(
        DateTimeOffset Taken,
        Dictionary<Guid, SiteInfo> ById,
        Dictionary<string, SiteInfo> ByCode,
        ILookup<Guid, Guid> Children);
}
