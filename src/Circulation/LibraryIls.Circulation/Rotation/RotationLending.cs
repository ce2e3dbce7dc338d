using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Holds;
using LibraryIls.Circulation.Loans;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Rotation;

/// <summary>
/// Lending of rotated copies. Librarians expect a batch's books to be lent where the batch is: at the point's
/// own desk (or its offline desk), yes; anywhere else, no, because the book is not on that shelf and the
/// sending library answers for it until it comes back. A copy lent and returned at the point stays in rotation.
/// </summary>
internal static class RotationLending
{
    public static CopyAvailability? AtDesk(CopySummary copy, Guid deskSiteId) => copy.Status == CopyStatus.InRotation
        ? copy.SiteId == deskSiteId ? CopyAvailability.Available : CopyAvailability.InRotationElsewhere
        : null;

    public static async Task<CopyStatus> StatusAfterReturnAsync(this CirculationDbContext db, CopySummary copy, Routing routing, CancellationToken ct) =>
        routing.Kind == RoutingKind.Shelve && copy.Location == CopyLocation.Rotation && await db.RotationCopies.AnyAsync(r => r.OpenCopyId == copy.Id, ct)
            ? CopyStatus.InRotation
            : routing.CopyStatus;
}
