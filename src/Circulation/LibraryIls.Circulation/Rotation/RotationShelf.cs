using LibraryIls.Catalog.Contracts;

namespace LibraryIls.Circulation.Rotation;

/// <summary>
/// What the catalogue shows for a rotated copy: out at the point in the rotation stock while the batch is there,
/// back on its own shelf (or lost, or damaged) once it is settled.
/// </summary>
internal sealed class RotationShelf(ICopyCatalog copies)
{
    public async Task SendAsync(IEnumerable<RotationCopy> sent, Guid destinationSiteId, CancellationToken ct)
    {
        foreach (var copy in sent)
        {
            await copies.MoveAsync(copy.CopyId, destinationSiteId, CopyLocation.Rotation, ct);
            await copies.ChangeStatusAsync(copy.CopyId, CopyStatus.InRotation, ct);
        }
    }

    public async Task SettleAsync(IEnumerable<RotationCopy> settled, CancellationToken ct)
    {
        foreach (var copy in settled)
        {
            await copies.MoveAsync(copy.CopyId, copy.HomeSiteId, copy.HomeLocation, ct);
            await copies.ChangeStatusAsync(copy.CopyId, copy.Outcome switch
            {
                RotationCopyOutcome.Returned => CopyStatus.Available,
                RotationCopyOutcome.Damaged => CopyStatus.Damaged,
                _ => CopyStatus.Lost,
            }, ct);
        }
    }
}
