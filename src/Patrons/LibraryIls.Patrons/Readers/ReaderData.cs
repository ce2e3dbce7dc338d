namespace LibraryIls.Patrons.Readers;

/// <summary>A reader's personal data as entered at the desk, online or in a legacy file.</summary>
internal sealed record ReaderData(
    string FullName,
    DateOnly DateOfBirth,
    Gender Gender,
    string? CitizenId,
    string? Phone,
    string? Email,
    string? Address,
    string? Commune,
    string? District,
    bool LivesInRuralArea,
    string? SchoolOrWorkplace,
    string? Notes);
