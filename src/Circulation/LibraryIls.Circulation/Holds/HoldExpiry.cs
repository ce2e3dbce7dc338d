using LibraryIls.BuildingBlocks.Jobs;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Holds;

public sealed record HoldExpiryResult(int Expired, int PassedOn);

/// <summary>
/// Holds not collected by their pickup date lapse each night; the copy goes to the next reader in the
/// queue or back where it belongs, by the same routing a return uses.
/// </summary>
internal sealed class HoldExpiry(CirculationDbContext db, HoldShelf holdShelf, ICopyCatalog copies, TimeProvider clock) : IScheduledJob
{
    public async Task RunAsync(CancellationToken ct) => await Expire(ct);

    public async Task<HoldExpiryResult> Expire(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var lapsed = await db.Holds.Where(h => h.Status == HoldStatus.ReadyForPickup && h.PickupBy < now).ToListAsync(ct);
        var passedOn = 0;
        foreach (var hold in lapsed)
        {
            hold.ExpireIfUncollected(now);
            if (hold.CopyId is not { } copyId || await copies.FindAsync(copyId, ct) is not { } copy) continue;
            var routing = await holdShelf.RouteAsync(copyId, hold.RecordId, hold.PickupSiteId, copy.SiteId, now, ct);
            await db.SaveChangesAsync(ct);
            if (routing.HoldId is not null) passedOn++;
            await copies.ChangeStatusAsync(copyId, routing.CopyStatus, ct);
        }
        await db.SaveChangesAsync(ct);
        return new HoldExpiryResult(lapsed.Count, passedOn);
    }
}
