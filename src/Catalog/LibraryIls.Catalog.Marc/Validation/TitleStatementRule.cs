namespace LibraryIls.Catalog.Marc;

/// <summary>The 245 carries a title ($a, or $k for archives). Presence and repetition are checked by <see cref="RequiredFieldsRule"/> and <see cref="RepeatabilityRule"/>.</summary>
internal sealed class TitleStatementRule : IValidationRule
{
    public void Check(MarcRecord record, List<MarcIssue> issues)
    {
        if (record.DataField("245") is { } title && title['a'] is null && title['k'] is null)
        {
            issues.Add(Issues.Error("245-no-title", "Trường 245 thiếu $a (nhan đề chính)", "Field 245 has no $a (title proper)", "245", 'a'));
        }
    }
}
