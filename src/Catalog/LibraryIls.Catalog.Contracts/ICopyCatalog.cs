using LibraryIls.Organization.Contracts;

namespace LibraryIls.Catalog.Contracts;

/// <summary>What circulation and rotation need to know about, and do to, a physical copy.</summary>
public interface ICopyCatalog
{
    /// <summary>The copy whose registration number (its barcode) this is, or null.</summary>
    Task<CopySummary?> FindByRegistrationNumberAsync(string registrationNumber, CancellationToken ct);

    Task<CopySummary?> FindAsync(Guid copyId, CancellationToken ct);

    /// <summary>Up to <paramref name="take"/> available copies standing at the site (demo data, rotation picking).</summary>
    Task<IReadOnlyList<CopySummary>> AvailableAtAsync(Guid siteId, int take, CancellationToken ct);

    /// <summary>On loan, returned, lost…; throws the 404 error for an unknown copy.</summary>
    Task ChangeStatusAsync(Guid copyId, CopyStatus status, CancellationToken ct);

    /// <summary>A transfer or a rotation batch moves the copy to another site and stock.</summary>
    Task MoveAsync(Guid copyId, Guid siteId, CopyLocation location, CancellationToken ct);
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
