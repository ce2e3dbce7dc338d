using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Readers;

/// <summary>Contact details for Circulation's notices; an erased reader has none.</summary>
internal sealed class ReaderContacts(PatronsDbContext db) : IReaderContacts
{
    public Task<ReaderContact?> FindAsync(Guid readerId, CancellationToken ct) =>
        db.Readers.AsNoTracking().Where(r => r.Id == readerId && r.ErasedAtUtc == null)
            .Select(r => new ReaderContact(r.Id, r.FullName, r.Email, r.Phone)).FirstOrDefaultAsync(ct);
}
