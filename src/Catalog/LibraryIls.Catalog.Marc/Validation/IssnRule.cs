namespace LibraryIls.Catalog.Marc;

/// <summary>022 $a must carry a valid ISSN (NNNN-NNNC).</summary>
internal sealed class IssnRule : IValidationRule
{
    public void Check(MarcRecord record, List<MarcIssue> issues)
    {
        foreach (var field in record.DataFields("022"))
        {
            foreach (var value in field.Values('a'))
            {
                if (!StandardNumbers.IsValidIssn(value))
                {
                    issues.Add(Issues.Error(
                        "issn-invalid",
                        $"ISSN '{value}' sai (dạng NNNN-NNNC hoặc chữ số kiểm tra)",
                        $"ISSN '{value}' is invalid (format NNNN-NNNC or check digit)",
                        "022",
                        'a'));
                }
            }
        }
    }
}
