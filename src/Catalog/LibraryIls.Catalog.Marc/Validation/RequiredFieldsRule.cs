namespace LibraryIls.Catalog.Marc;

/// <summary>
/// A bibliographic record needs a title statement (245) to be found at all; without 008 the OPAC
/// loses dates and language, which is worth a warning, not a rejection.
/// </summary>
internal sealed class RequiredFieldsRule : IValidationRule
{
    public void Check(MarcRecord record, List<MarcIssue> issues)
    {
        if (!record.GetFields("245").Any())
        {
            issues.Add(Issues.Error("245-missing", "Thiếu trường 245 (nhan đề)", "Field 245 (title statement) is missing", "245"));
        }

        if (!record.GetFields("008").Any())
        {
            issues.Add(Issues.Warn("008-missing", "Thiếu trường 008", "Field 008 is missing", "008"));
        }
    }
}
