using System.Security.Claims;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Rotation.Batches;

/// <summary>Putting copies in a draft batch: by registration number, from an uploaded list, or picked by a query.</summary>
internal sealed class BatchCopies(CirculationDbContext db, RotationDesk desk, ICopyCatalog catalog, BatchView view, TimeProvider clock)
{
    public const int MaxPerRequest = 2000;

    public async Task<AddCopiesResponse> AddAsync(Guid id, IEnumerable<string> numbers, ClaimsPrincipal staff, CancellationToken ct)
    {
        var batch = await desk.LoadAsync(id, staff, orAtPoint: false, ct);
        var wanted = numbers.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var found = new List<CopySummary>();
        var refused = new List<RefusedCopy>();
        foreach (var number in wanted)
        {
            try
            {
                if (await catalog.FindByRegistrationNumberAsync(number, ct) is { } copy) found.Add(copy);
                else refused.Add(new RefusedCopy(number, "NOT_FOUND", NotFoundException.Of("tài liệu có số ĐKCB", "Copy with registration number", number).Text.Current));
            }
            catch (RuleViolationException ambiguous)
            {
                // An old label a renumbered copy still carries beside a copy that has the number: this line is refused, not the list.
                refused.Add(new RefusedCopy(number, ambiguous.Code, ambiguous.Text.Current));
            }
        }
        return await AddFoundAsync(batch, found, refused, staff, "Thêm tài liệu / copies added", ct);
    }

    /// <summary>A plain list, one registration number a line (the first cell of a CSV line); a header line without digits is skipped.</summary>
    public Task<AddCopiesResponse> UploadAsync(Guid id, string list, ClaimsPrincipal staff, CancellationToken ct)
    {
        var numbers = list.Split('\n').Select(line => line.Split(',', ';', '\t')[0].Trim().Trim('"', '\r', ' ', '\uFEFF'))
            .Where(cell => cell.Length > 0).ToList();
        if (numbers.Count > 0 && !numbers[0].Any(char.IsDigit)) numbers.RemoveAt(0);
        if (numbers.Count > MaxPerRequest) throw new BadHttpRequestException($"At most {MaxPerRequest} registration numbers per list.");
        return AddAsync(id, numbers, staff, ct);
    }

    public async Task<AddCopiesResponse> PickAsync(Guid id, PickCopiesRequest pick, ClaimsPrincipal staff, CancellationToken ct)
    {
        var batch = await desk.LoadAsync(id, staff, orAtPoint: false, ct);
        // Copies waiting in other draft batches are still available on the shelf: leave them out of the pick.
        var taken = await db.RotationCopies.Where(c => c.OpenCopyId != null && c.HomeSiteId == batch.SendingSiteId)
            .Select(c => c.CopyId).ToListAsync(ct);
        var found = await catalog.PickAvailableAsync(new CopyPick(batch.SendingSiteId, pick.Count, pick.ItemType, pick.Location,
            pick.DdcMainClass, taken), ct);
        return await AddFoundAsync(batch, found, [], staff, $"Chọn theo điều kiện / picked by query ({found.Count})", ct);
    }

    public async Task<BatchResponse> RemoveAsync(Guid id, string number, ClaimsPrincipal staff, CancellationToken ct)
    {
        var batch = await desk.LoadAsync(id, staff, orAtPoint: false, ct);
        var removed = batch.Remove(number);
        db.RotationCopies.Remove(removed);
        desk.Audit(batch, "Bớt tài liệu / copy removed", staff, clock.GetUtcNow(), removed.RegistrationNumber);
        await db.SaveChangesAsync(ct);
        return await view.DescribeAsync(batch, ct);
    }

    private async Task<AddCopiesResponse> AddFoundAsync(RotationBatch batch, IReadOnlyList<CopySummary> found, List<RefusedCopy> refused,
        ClaimsPrincipal staff, string action, CancellationToken ct)
    {
        var ids = found.Select(c => c.Id).ToList();
        var elsewhere = (await db.RotationCopies.Where(c => c.OpenCopyId != null && ids.Contains(c.CopyId) && c.BatchId != batch.Id)
            .Select(c => c.CopyId).ToListAsync(ct)).ToHashSet();
        var added = new List<string>();
        foreach (var copy in found)
        {
            try
            {
                if (elsewhere.Contains(copy.Id)) throw RotationRefusals.CopyInAnotherBatch(copy.RegistrationNumber);
                db.RotationCopies.Add(batch.Add(copy));
                added.Add(copy.RegistrationNumber);
            }
            catch (RuleViolationException refusal)
            {
                if (refusal.Code == "ROTATION_BATCH_NOT_DRAFT") throw;
                refused.Add(new RefusedCopy(copy.RegistrationNumber, refusal.Code, refusal.Text.Current));
            }
        }
        if (added.Count > 0) desk.Audit(batch, action, staff, clock.GetUtcNow(), string.Join(", ", added.Take(50)) + (added.Count > 50 ? "…" : ""));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another desk put one of these copies in its batch a moment ago; the database keeps a copy in one open batch.
            db.ChangeTracker.Clear();
            throw RotationRefusals.CopyInAnotherBatch(string.Join(", ", added));
        }
        return new AddCopiesResponse(added, refused, batch.Copies.Count);
    }
}
