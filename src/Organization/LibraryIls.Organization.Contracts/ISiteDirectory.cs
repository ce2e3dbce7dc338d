namespace LibraryIls.Organization.Contracts;

/// <summary>Read access to the network of sites for other modules.</summary>
public interface ISiteDirectory
{
    Task<SiteInfo?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>The site a stored row points to: none (deleted since) is a 404 ("Không tìm thấy cơ sở …").</summary>
    Task<SiteInfo> GetAsync(Guid id, CancellationToken ct);

    Task<SiteInfo?> FindByCodeAsync(string code, CancellationToken ct);

    /// <summary>The site with this code, for a request that names it: none is a 404 ("Không tìm thấy cơ sở …").</summary>
    Task<SiteInfo> GetByCodeAsync(string code, CancellationToken ct);

    /// <summary>The site and every site below it.</summary>
    Task<IReadOnlySet<Guid>> SubtreeAsync(Guid id, CancellationToken ct);
}
