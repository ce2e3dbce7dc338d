using LibraryIls.Patrons.Contracts;

namespace LibraryIls.Patrons.Readers;

/// <summary>A reader's full record: reading it is audited.</summary>
public sealed record ReaderResponse(
    Guid Id, string FullName, DateOnly? DateOfBirth, Gender? Gender, string? CitizenId, string? Phone, string? Email,
    string? Address, string? Commune, string? District, bool LivesInRuralArea, string? SchoolOrWorkplace,
    string CategoryCode, Guid HomeSiteId, bool HasPhoto, string? Notes, string? Source, DateTime CreatedAtUtc,
    DateTime? ErasedAtUtc, IReadOnlyList<CardResponse> Cards)
{
    internal static ReaderResponse From(Reader r) => new(r.Id, r.FullName, r.DateOfBirth, r.Gender, r.CitizenId,
        r.Phone, r.Email, r.Address, r.Commune, r.District, r.LivesInRuralArea, r.SchoolOrWorkplace, r.CategoryCode,
        r.HomeSiteId, r.Photo is not null, r.Notes, r.Source, r.CreatedAtUtc, r.ErasedAtUtc,
        r.Cards.OrderBy(c => c.IssuedAtUtc).Select(CardResponse.From).ToList());
}

public sealed record CardResponse(string Number, CardState State, DateOnly ValidUntil, Guid SiteId, DateTime IssuedAtUtc,
    string? BlockReason, string? ReplacedBy)
{
    internal static CardResponse From(ReaderCard c) =>
        new(c.Number, c.State, c.ValidUntil, c.SiteId, c.IssuedAtUtc, c.BlockReason, c.ReplacedBy);
}

/// <summary>What a list or a duplicate warning shows: enough to recognise the reader, no contact data.</summary>
public sealed record ReaderSummary(Guid Id, string FullName, DateOnly? DateOfBirth, string CategoryCode, Guid HomeSiteId,
    string? CurrentCardNumber);
