using LibraryIls.Catalog.Contracts;

namespace LibraryIls.Circulation.Rotation;

/// <summary>
/// What the catalogue shows for a rotated copy: out at the point in the rotation stock while the batch is there,
/// back on its own shelf (or lost, or damaged) once it is settled. Each step places all its copies in one save.
/// </summary>
internal sealed class RotationShelf(ICopyCatalog copies)
{
    public Task SendAsync(IEnumerable<RotationCopy> sent, Guid destinationSiteId, CancellationToken ct) =>
        copies.PlaceAsync(sent.Select(c => new CopyPlacement(c.CopyId, destinationSiteId, CopyLocation.Rotation, CopyStatus.InRotation)).ToList(), ct);

    public Task SettleAsync(IEnumerable<RotationCopy> settled, CancellationToken ct) =>
        copies.PlaceAsync(settled.Select(c => new CopyPlacement(c.CopyId, c.HomeSiteId, c.HomeLocation, c.Outcome switch
        {
            RotationCopyOutcome.Returned => CopyStatus.Available,
            RotationCopyOutcome.Damaged => CopyStatus.Damaged,
            _ => CopyStatus.Lost,
        })).ToList(), ct);
}
