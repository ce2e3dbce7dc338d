namespace LibraryIls.Catalog.Marc;

/// <summary>Short-hand for the reader's bilingual repair reports.</summary>
internal static class Issues
{
    public static MarcIssue Warn(string code, string vi, string en, string? tag = null, char? subfield = null) =>
        new(IssueSeverity.Warning, code, vi, en, tag, subfield);

    public static MarcIssue Error(string code, string vi, string en, string? tag = null, char? subfield = null) =>
        new(IssueSeverity.Error, code, vi, en, tag, subfield);

    /// <summary>Control characters are not text and XML cannot carry them; U+FFFD keeps 007/008 positions aligned.</summary>
    public static MarcIssue ControlCharactersReplaced(string? tag, int count) =>
        Warn("control-characters", $"{count} ký tự điều khiển trong dữ liệu được thay bằng U+FFFD", $"{count} control character(s) in the text replaced by U+FFFD", tag);
}
