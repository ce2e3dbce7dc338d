using LibraryIls.Patrons.Contracts;

namespace LibraryIls.Patrons.Privacy;

/// <summary>
/// Stand-in until Circulation exists: no loans, so none open. Registered with TryAdd; Circulation registers its
/// own <see cref="IOpenLoanCheck"/> with Replace (the Host adds Patrons before Circulation).
/// </summary>
internal sealed class NoOpenLoanCheck : IOpenLoanCheck
{
    public Task<bool> HasOpenLoansAsync(Guid readerId, CancellationToken ct) => Task.FromResult(false);
}
