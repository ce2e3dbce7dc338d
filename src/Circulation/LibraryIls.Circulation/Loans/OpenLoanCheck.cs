using LibraryIls.Circulation.Data;
using LibraryIls.Patrons.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Loans;

/// <summary>Tells Patrons whether a reader still has books out before their personal data may be erased.</summary>
internal sealed class OpenLoanCheck(CirculationDbContext db) : IOpenLoanCheck
{
    public Task<bool> HasOpenLoansAsync(Guid readerId, CancellationToken ct) =>
        db.Loans.AnyAsync(l => l.ReaderId == readerId && l.ReturnedAt == null, ct);
}
