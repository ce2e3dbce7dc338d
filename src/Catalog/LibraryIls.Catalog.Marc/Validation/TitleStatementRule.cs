namespace LibraryIls.Catalog.Marc;

/// <summary>Every bibliographic record has exactly one 245 with a title ($a, or $k for archives).</summary>
internal sealed class TitleStatementRule : IValidationRule
{
    public void Check(MarcRecord record, List<MarcIssue> issues)
    {
        var titles = record.GetFields("245").ToList();
        if (titles.Count == 0)
        {
            issues.Add(Issues.Error("245-missing", "Thiếu trường 245 (nhan đề)", "Field 245 (title statement) is missing", "245"));
            return;
        }

        if (titles.Count > 1)
        {
            issues.Add(Issues.Error("245-repeated", "Trường 245 không được lặp", "Field 245 is not repeatable", "245"));
        }

        if (titles[0] is DataField title && title['a'] is null && title['k'] is null)
        {
            issues.Add(Issues.Error("245-no-title", "Trường 245 thiếu $a (nhan đề chính)", "Field 245 has no $a (title proper)", "245", 'a'));
        }
    }
}
