using LibraryIls.BuildingBlocks.Caching;
using LibraryIls.BuildingBlocks.Errors;
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
internal sealed class SiteDirectory : ISiteDirectory
{
    private readonly RefreshingSnapshot<Snapshot> _snapshot;

    public SiteDirectory(IServiceScopeFactory scopes, TimeProvider clock) =>
        _snapshot = new RefreshingSnapshot<Snapshot>(clock, TimeSpan.FromMinutes(1), async ct =>
        {
            using var scope = scopes.CreateScope();
            var sites = await scope.ServiceProvider.GetRequiredService<OrganizationDbContext>().Sites.AsNoTracking().ToListAsync(ct);
            return new Snapshot(
                sites.ToDictionary(s => s.Id, s => s.ToInfo()),
                sites.ToDictionary(s => s.Code, s => s.ToInfo()),
                sites.Where(s => s.ParentId is not null).ToLookup(s => s.ParentId!.Value, s => s.Id));
        });

    public async Task<SiteInfo?> FindAsync(Guid id, CancellationToken ct) =>
        (await _snapshot.CurrentAsync(ct)).ById.GetValueOrDefault(id);

    public async Task<SiteInfo> GetAsync(Guid id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw NotFoundException.Of("cơ sở", "Site", id);

    public async Task<SiteInfo?> FindByCodeAsync(string code, CancellationToken ct) =>
        (await _snapshot.CurrentAsync(ct)).ByCode.GetValueOrDefault(code.Trim().ToUpperInvariant());

    public async Task<SiteInfo> GetByCodeAsync(string code, CancellationToken ct) =>
        await FindByCodeAsync(code, ct) ?? throw NotFoundException.Of("cơ sở", "Site", code);

    public async Task<IReadOnlySet<Guid>> SubtreeAsync(Guid id, CancellationToken ct)
    {
        var snapshot = await _snapshot.CurrentAsync(ct);
        var result = new HashSet<Guid>();
        var pending = new Stack<Guid>([id]);
        while (pending.TryPop(out var next))
        {
            if (!result.Add(next)) continue;
            foreach (var child in snapshot.Children[next]) pending.Push(child);
        }
        return result;
    }

    public void Invalidate() => _snapshot.Invalidate();

    private sealed record Snapshot(
        Dictionary<Guid, SiteInfo> ById,
        Dictionary<string, SiteInfo> ByCode,
        ILookup<Guid, Guid> Children);
}
