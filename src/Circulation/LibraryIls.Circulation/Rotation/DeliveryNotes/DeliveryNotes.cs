using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Calendar;

namespace LibraryIls.Circulation.Rotation.DeliveryNotes;

/// <summary>Builds the note of a stage (the current one unless asked) from the batch and the catalogue.</summary>
internal sealed class DeliveryNotes(RotationDesk desk, ICopyCatalog catalog)
{
    public async Task<DeliveryNote> ForAsync(Guid id, int? stageNumber, ClaimsPrincipal staff, CancellationToken ct)
    {
        var batch = await desk.LoadAsync(id, staff, orAtPoint: true, ct);
        var stage = stageNumber is { } n
            ? batch.Stages.SingleOrDefault(s => s.Number == n) ?? throw NotFoundException.Of("chặng", "Stage", n)
            : batch.CurrentStage;
        var sending = await desk.SiteAsync(batch.SendingSiteId, ct);
        var destination = await desk.SiteAsync(stage.DestinationSiteId, ct);
        var copies = batch.Copies.Where(c => c.StageNumber == stage.Number).Select(c => c.CopyId).ToList();
        return new DeliveryNote(batch.Code, stage.Number, sending.Name, destination.Name, destination.Code,
            stage.DispatchedAt is { } at ? DueDates.LocalDay(at) : null, stage.PlannedUntil, await catalog.ListingsAsync(copies, ct));
    }
}
