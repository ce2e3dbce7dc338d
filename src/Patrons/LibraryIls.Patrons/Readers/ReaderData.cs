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
    string? Notes)
{
    /// <summary>Trimmed, NFC, empty as null: how every way in (desk, online, import) stores text.</summary>
    public ReaderData Cleaned() => new(VietnameseText.Clean(FullName) ?? "", DateOfBirth, Gender,
        VietnameseText.Clean(CitizenId), VietnameseText.Clean(Phone), VietnameseText.Clean(Email),
        VietnameseText.Clean(Address), VietnameseText.Clean(Commune), VietnameseText.Clean(District), LivesInRuralArea,
        VietnameseText.Clean(SchoolOrWorkplace), VietnameseText.Clean(Notes));
}
