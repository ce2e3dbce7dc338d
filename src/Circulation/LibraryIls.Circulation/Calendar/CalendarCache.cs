using LibraryIls.BuildingBlocks.Caching;
using LibraryIls.Circulation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Circulation.Calendar;

/// <summary>Every site's calendar in memory; a site without one is open every day.</summary>
internal sealed class CalendarCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly RefreshingSnapshot<Dictionary<Guid, SiteCalendar>> _snapshot = new(clock, TimeSpan.FromMinutes(1), async ct =>
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculationDbContext>();
        return await db.Calendars.AsNoTracking().ToDictionaryAsync(c => c.SiteId, ct);
    });

    public async Task<SiteCalendar> ForAsync(Guid siteId, CancellationToken ct) =>
        (await _snapshot.CurrentAsync(ct)).GetValueOrDefault(siteId) ?? SiteCalendar.For(siteId);

    public void Invalidate() => _snapshot.Invalidate();
}
