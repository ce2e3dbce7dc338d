namespace LibraryIls.Catalog.Marc;

/// <summary>Short-hand for the reader's bilingual repair reports.</summary>
internal static class Issues
{
    public static MarcIssue Warn(string code, string vi, string en, string? tag = null, char? subfield = null) =>
        new(IssueSeverity.Warning, code, vi, en, tag, subfield);

    public static MarcIssue Error(string code, string vi, string en, string? tag = null, char? subfield = null) =>
        new(IssueSeverity.Error, code, vi, en, tag, subfield);
}
