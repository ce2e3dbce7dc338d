namespace LibraryIls.Patrons.Contracts;

/// <summary>
/// Asked before a reader's personal data is erased (Decree 13/2023): a reader with an open loan cannot be
/// anonymised. Circulation implements it; Patrons registers a stand-in that answers false until
/// Circulation replaces it (Patrons uses TryAdd, so Circulation must register its own with Replace).
/// </summary>
public interface IOpenLoanCheck
{
    Task<bool> HasOpenLoansAsync(Guid readerId, CancellationToken ct);
}
