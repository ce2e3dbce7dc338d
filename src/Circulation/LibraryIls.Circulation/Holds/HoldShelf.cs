using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LibraryIls.Circulation.Holds;

/// <summary>Where a copy goes when it becomes free: to the next hold in its title's queue, home, or back on the shelf.</summary>
internal sealed class HoldShelf(CirculationDbContext db, CalendarCache calendars, IOptions<CirculationOptions> options)
{
    /// <param name="anyWaiting">False when the caller already knows that nobody waits for the title (the return reads it
    /// with the loan), which spares the desk a query.</param>
    public async Task<Routing> RouteAsync(Guid copyId, Guid recordId, Guid hereSiteId, Guid homeSiteId, DateTimeOffset now, CancellationToken ct,
        bool anyWaiting = true)
    {
        var waiting = anyWaiting ? await db.Holds.Where(h => h.RecordId == recordId && h.Status == HoldStatus.Waiting).ToListAsync(ct) : [];
        var trapped = waiting.Count == 0 ? null : new HoldQueue(waiting).TrapFor(copyId, hereSiteId, await PickupByAsync(hereSiteId, now, ct));
        if (trapped is { Status: HoldStatus.ReadyForPickup }) return new Routing(RoutingKind.HoldShelf, hereSiteId, trapped.Id);
        if (trapped is not null)
        {
            db.Add(Transfer.Send(copyId, hereSiteId, trapped.PickupSiteId, TransferReason.Hold, now));
            return new Routing(RoutingKind.TransitForHold, trapped.PickupSiteId, trapped.Id);
        }
        if (hereSiteId == homeSiteId) return new Routing(RoutingKind.Shelve, hereSiteId, null);
        db.Add(Transfer.Send(copyId, hereSiteId, homeSiteId, TransferReason.ReturnHome, now));
        return new Routing(RoutingKind.TransitHome, homeSiteId, null);
    }

    /// <summary>The hold waits the configured number of days, ending on a day the pickup site is open.</summary>
    public async Task<DateTimeOffset> PickupByAsync(Guid pickupSiteId, DateTimeOffset now, CancellationToken ct) =>
        DueDates.Compute(now, Rules.LoanPeriod.Days(options.Value.HoldPickupDays), await calendars.ForAsync(pickupSiteId, ct));
}

public enum RoutingKind
{
    /// <summary>Back on its shelf here.</summary>
    Shelve = 1,

    /// <summary>On the hold shelf here for the reader who reserved it.</summary>
    HoldShelf = 2,

    /// <summary>In transit to the site where a reader will collect it.</summary>
    TransitForHold = 3,

    /// <summary>In transit to its home site.</summary>
    TransitHome = 4,
}

internal sealed record Routing(RoutingKind Kind, Guid SiteId, Guid? HoldId)
{
    /// <summary>What the catalogue shows for the copy once it is routed: travelling, or standing at a desk.</summary>
    public CopyStatus CopyStatus => Kind is RoutingKind.TransitForHold or RoutingKind.TransitHome ? CopyStatus.InTransit : CopyStatus.Available;
}
