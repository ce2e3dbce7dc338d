using System.Security.Claims;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Desk;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Rotation.Batches;

/// <summary>
/// The steps of a batch, each checked by the batch itself and audited. The optional <c>at</c> is for replaying past
/// work (the demo year); desks always act now.
/// </summary>
internal sealed class BatchSteps(CirculationDbContext db, DeskSite deskSite, RotationDesk desk, RotationShelf shelf, ICopyCatalog catalog,
    BatchView view, TimeProvider clock)
{
    public async Task<BatchResponse> CreateAsync(CreateBatchRequest request, ClaimsPrincipal staff, CancellationToken ct, DateTimeOffset? at = null)
    {
        var sending = await deskSite.ResolveAsync(request.SendingSiteCode, staff, ct);
        var destination = await desk.SiteAsync(request.DestinationSiteCode, ct);
        var now = at ?? clock.GetUtcNow();
        var code = $"LC-{now:yyyy}-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        var batch = RotationBatch.Create(code, sending, destination, request.PlannedFrom, request.PlannedUntil, request.Note?.Trim(), now);
        db.RotationBatches.Add(batch);
        desk.Audit(batch, "Lập đợt / created", staff, now, $"{sending.Code} → {destination.Code}");
        await db.SaveChangesAsync(ct);
        return await view.DescribeAsync(batch, ct);
    }

    public async Task<BatchResponse> DispatchAsync(Guid id, ClaimsPrincipal staff, CancellationToken ct, DateTimeOffset? at = null)
    {
        var batch = await desk.LoadAsync(id, staff, orAtPoint: false, ct);
        var destination = await desk.SiteAsync(batch.CurrentStage.DestinationSiteId, ct);
        var now = at ?? clock.GetUtcNow();
        var version = batch.Version;
        batch.Dispatch(destination, now);
        // A copy lent or lost since it was put in the draft cannot leave.
        var gone = new List<string>();
        foreach (var copy in batch.Copies)
            if (await catalog.FindAsync(copy.CopyId, ct) is not { Status: CopyStatus.Available } summary || summary.SiteId != batch.SendingSiteId)
                gone.Add(copy.RegistrationNumber);
        if (gone.Count > 0)
        {
            // Another desk dispatched this very batch a moment ago: say so, not that its copies are out.
            if (await db.RotationBatches.AnyAsync(b => b.Id == id && b.Version != version, ct))
                throw new DbUpdateConcurrencyException($"Rotation batch {batch.Code} changed meanwhile.");
            throw RotationRefusals.CopyNotAvailable(string.Join(", ", gone));
        }
        desk.Audit(batch, "Xuất đợt / dispatched", staff, now, $"{batch.Copies.Count} → {destination.Code}");
        await db.SaveChangesAsync(ct);
        await shelf.SendAsync(batch.Copies, destination.Id, ct);
        return await view.DescribeAsync(batch, ct);
    }

    public async Task<BatchResponse> ReceiveAsync(Guid id, ReceiveBatchRequest request, ClaimsPrincipal staff, CancellationToken ct,
        DateTimeOffset? at = null)
    {
        var batch = await desk.LoadAsync(id, staff, orAtPoint: true, ct);
        var now = at ?? clock.GetUtcNow();
        var missing = batch.Receive(request.MissingOnArrival ?? [], now);
        desk.Audit(batch, "Điểm đã nhận / received", staff, now,
            missing.Count == 0 ? null : "Thiếu khi nhận / missing on arrival: " + string.Join(", ", missing.Select(c => c.RegistrationNumber)));
        await db.SaveChangesAsync(ct);
        await shelf.SettleAsync(missing, ct);
        return await view.DescribeAsync(batch, ct);
    }

    public async Task<BatchResponse> StartUseAsync(Guid id, ClaimsPrincipal staff, CancellationToken ct, DateTimeOffset? at = null)
    {
        var batch = await desk.LoadAsync(id, staff, orAtPoint: true, ct);
        var now = at ?? clock.GetUtcNow();
        batch.StartUse(now);
        desk.Audit(batch, "Đưa vào phục vụ / in use", staff, now);
        await db.SaveChangesAsync(ct);
        return await view.DescribeAsync(batch, ct);
    }

    public async Task<BatchResponse> ReturnAsync(Guid id, ReturnBatchRequest request, ClaimsPrincipal staff, CancellationToken ct,
        DateTimeOffset? at = null)
    {
        var batch = await desk.LoadAsync(id, staff, orAtPoint: false, ct);
        var now = at ?? clock.GetUtcNow();
        var settled = batch.Return(Settlements.Of(request.Returned, request.Damaged, request.Missing), request.RemainingAreMissing, now);
        await RefuseCopiesOnLoanAsync(settled, ct);
        desk.Audit(batch, "Thu hồi / returned", staff, now, Outcomes(settled));
        await db.SaveChangesAsync(ct);
        await shelf.SettleAsync(settled, ct);
        return await view.DescribeAsync(batch, ct);
    }

    public async Task<BatchResponse> MoveOnAsync(Guid id, MoveOnRequest request, ClaimsPrincipal staff, CancellationToken ct,
        DateTimeOffset? at = null)
    {
        var batch = await desk.LoadAsync(id, staff, orAtPoint: false, ct);
        var next = await desk.SiteAsync(request.DestinationSiteCode, ct);
        var now = at ?? clock.GetUtcNow();
        var (settled, moved, stage) = batch.MoveOn(next, request.PlannedUntil, Settlements.Of(request.Returned, request.Damaged, request.Missing), now);
        await RefuseCopiesOnLoanAsync([.. settled, .. moved], ct);
        db.RotationStages.Add(stage);
        db.RotationCopies.AddRange(moved);
        desk.Audit(batch, "Chuyển tiếp / moved on", staff, now, $"{moved.Count} → {next.Code}; {Outcomes(settled)}");
        await db.SaveChangesAsync(ct);
        await shelf.SettleAsync(settled, ct);
        await shelf.SendAsync(moved, next.Id, ct);
        return await view.DescribeAsync(batch, ct);
    }

    public async Task<BatchResponse> CloseAsync(Guid id, ClaimsPrincipal staff, CancellationToken ct, DateTimeOffset? at = null)
    {
        var batch = await desk.LoadAsync(id, staff, orAtPoint: false, ct);
        var now = at ?? clock.GetUtcNow();
        batch.Close(now);
        desk.Audit(batch, "Kết thúc / closed", staff, now);
        await db.SaveChangesAsync(ct);
        return await view.DescribeAsync(batch, ct);
    }

    /// <summary>A copy a reader at the point still has cannot be taken back or sent on.</summary>
    private async Task RefuseCopiesOnLoanAsync(IReadOnlyCollection<RotationCopy> copies, CancellationToken ct)
    {
        var ids = copies.Select(c => c.CopyId).ToList();
        var onLoan = await db.Loans.Where(l => l.ReturnedAt == null && ids.Contains(l.CopyId)).Select(l => l.CopyId).FirstOrDefaultAsync(ct);
        if (onLoan != Guid.Empty) throw RotationRefusals.CopyOnLoanAtPoint(copies.First(c => c.CopyId == onLoan).RegistrationNumber);
    }

    private static string Outcomes(IEnumerable<RotationCopy> settled) =>
        string.Join("; ", settled.GroupBy(c => c.Outcome).Select(g => $"{g.Key}: {g.Count()}"));
}
