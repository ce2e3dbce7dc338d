namespace LibraryIls.Catalog.Marc;

/// <summary>
/// Something a librarian should know about a record: a repair the reader made, a byte it could
/// not decode, or a cataloguing rule broken. Carries both languages because staff read Vietnamese
/// and the vendors' support reads English.
/// </summary>
public sealed record MarcIssue(
    IssueSeverity Severity,
    string Code,
    string MessageVi,
    string MessageEn,
    string? Tag = null,
    char? SubfieldCode = null)
{
    public int RecordIndex { get; init; } = -1;

    public long ByteOffset { get; init; } = -1;

    public string Where =>
        Tag is null ? "" : SubfieldCode is null ? Tag : $"{Tag}${SubfieldCode}";

    public override string ToString() =>
        $"{(Severity == IssueSeverity.Error ? "error" : "warning")} {Code}{(Tag is null ? "" : " " + Where)}: {MessageVi} / {MessageEn}";
}
