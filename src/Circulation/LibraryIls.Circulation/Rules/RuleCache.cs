using LibraryIls.BuildingBlocks.Caching;
using LibraryIls.Circulation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Circulation.Rules;

/// <summary>The rules matrix in memory: every checkout consults it, and it changes a few times a year.</summary>
internal sealed class RuleCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly RefreshingSnapshot<RuleBook> _snapshot = new(clock, TimeSpan.FromMinutes(1), async ct =>
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculationDbContext>();
        return new RuleBook(await db.Rules.AsNoTracking().ToListAsync(ct));
    });

    public Task<RuleBook> CurrentAsync(CancellationToken ct) => _snapshot.CurrentAsync(ct);

    public void Invalidate() => _snapshot.Invalidate();
}
