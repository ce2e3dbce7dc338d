using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Circulation.Data;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Rotation;

/// <summary>
/// Loads a batch for a step and checks who may take it: the sending library prepares, dispatches, takes back and
/// closes; the receipt and the usage figures may also be entered at the point itself, when it has an account.
/// </summary>
internal sealed class RotationDesk(CirculationDbContext db, ISiteDirectory sites, IStaffSiteScope scope)
{
    public async Task<RotationBatch> LoadAsync(Guid id, ClaimsPrincipal staff, bool orAtPoint, CancellationToken ct)
    {
        var batch = await db.RotationBatches.Include(b => b.Stages).Include(b => b.Copies).AsSplitQuery()
            .SingleOrDefaultAsync(b => b.Id == id, ct) ?? throw NotFoundException.Of("đợt luân chuyển", "Rotation batch", id);
        await EnsureCanActAsync(batch, staff, orAtPoint, ct);
        return batch;
    }

    public async Task EnsureCanActAsync(RotationBatch batch, ClaimsPrincipal staff, bool orAtPoint, CancellationToken ct)
    {
        var allowed = await scope.SitesAsync(staff, ct);
        if (allowed is null || allowed.Contains(batch.SendingSiteId)) return;
        if (orAtPoint && allowed.Contains(batch.CurrentStage.DestinationSiteId)) return;
        throw ForbiddenException.OutsideSites();
    }

    public Task<SiteInfo> SiteAsync(Guid id, CancellationToken ct) => sites.GetAsync(id, ct);

    public Task<SiteInfo> SiteAsync(string code, CancellationToken ct) => sites.GetByCodeAsync(code, ct);

    public void Audit(RotationBatch batch, string action, ClaimsPrincipal staff, DateTimeOffset at, string? detail = null) =>
        db.RotationAudit.Add(RotationAuditEntry.Of(batch.Id, at, action,
            Guid.TryParse(staff.FindFirstValue(StaffClaims.StaffId), out var staffId) ? staffId : null,
            staff.Identity?.Name ?? staff.Identity?.AuthenticationType ?? "", detail));
}
