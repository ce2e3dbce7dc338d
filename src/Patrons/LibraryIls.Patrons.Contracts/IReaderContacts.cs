namespace LibraryIls.Patrons.Contracts;

/// <summary>How to reach a reader for a notice (due soon, overdue, hold available); null once erased.</summary>
public interface IReaderContacts
{
    Task<ReaderContact?> FindAsync(Guid readerId, CancellationToken ct);
}

public sealed record ReaderContact(Guid ReaderId, string FullName, string? Email, string? Phone);
