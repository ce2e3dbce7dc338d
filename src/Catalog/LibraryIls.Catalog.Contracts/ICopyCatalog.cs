using LibraryIls.Organization.Contracts;

namespace LibraryIls.Catalog.Contracts;

/// <summary>What circulation and rotation need to know about, and do to, a physical copy.</summary>
public interface ICopyCatalog
{
    /// <summary>
    /// The copy whose registration number (its barcode) this is, or null. After a merge a number can also be the old label
    /// a renumbered copy still carries: alone, it leads to that copy; beside a copy that has the number, the call is refused
    /// (409 <c>COPY_NUMBER_AMBIGUOUS</c>, the candidates in its details) until the renumbered copy is marked relabelled.
    /// </summary>
    Task<CopySummary?> FindByRegistrationNumberAsync(string registrationNumber, CancellationToken ct);

    Task<CopySummary?> FindAsync(Guid copyId, CancellationToken ct);

    /// <summary>Up to <paramref name="take"/> available copies standing at the site (demo data, rotation picking).</summary>
    Task<IReadOnlyList<CopySummary>> AvailableAtAsync(Guid siteId, int take, CancellationToken ct);

    /// <summary>Available copies at a site matching a rotation pick (item type, stock, DDC main class), in shelf order.</summary>
    Task<IReadOnlyList<CopySummary>> PickAvailableAsync(CopyPick pick, CancellationToken ct);

    /// <summary>What a delivery list prints for each copy: number, call number, title and author.</summary>
    Task<IReadOnlyList<CopyListing>> ListingsAsync(IReadOnlyCollection<Guid> copyIds, CancellationToken ct);

    /// <summary>On loan, returned, lost…; throws the 404 error for an unknown copy.</summary>
    Task ChangeStatusAsync(Guid copyId, CopyStatus status, CancellationToken ct);

    /// <summary>A transfer or a rotation batch moves the copy to another site and stock.</summary>
    Task MoveAsync(Guid copyId, Guid siteId, CopyLocation location, CancellationToken ct);

    /// <summary>A rotation batch leaving or coming home: many copies placed (site, stock, status) in one save.</summary>
    Task PlaceAsync(IReadOnlyCollection<CopyPlacement> placements, CancellationToken ct);
}

public sealed record CopySummary(
    Guid Id,
    string RegistrationNumber,
    Guid RecordId,
    Guid SiteId,
    SiteLevel SiteLevel,
    CopyLocation Location,
    string ItemType,
    string? DdcMainClass,
    CopyStatus Status);

/// <summary>A query for copies to put in a rotation batch; <see cref="Except"/> leaves out copies already taken.</summary>
public sealed record CopyPick(
    Guid SiteId,
    int Take,
    string? ItemType = null,
    CopyLocation? Location = null,
    string? DdcMainClass = null,
    IReadOnlyCollection<Guid>? Except = null);

public sealed record CopyListing(Guid Id, string RegistrationNumber, string CallNumber, string Title, string? Author);

public sealed record CopyPlacement(Guid CopyId, Guid SiteId, CopyLocation Location, CopyStatus Status);
