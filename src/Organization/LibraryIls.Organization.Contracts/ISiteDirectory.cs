namespace LibraryIls.Organization.Contracts;

/// <summary>Read access to the network of sites for other modules.</summary>
public interface ISiteDirectory
{
    Task<SiteInfo?> FindAsync(Guid id, CancellationToken ct);

    Task<SiteInfo?> FindByCodeAsync(string code, CancellationToken ct);

    /// <summary>The site and every site below it.</summary>
    Task<IReadOnlySet<Guid>> SubtreeAsync(Guid id, CancellationToken ct);
}
