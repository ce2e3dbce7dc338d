namespace LibraryIls.Catalog.Marc;

/// <summary>008: 40 positions; dates, place and language are what OPAC facets and reports use.</summary>
internal sealed class FixedLengthDataRule : IValidationRule
{
    public void Check(MarcRecord record, List<MarcIssue> issues)
    {
        var first = record.GetFields("008").FirstOrDefault();
        if (first is null)
        {
            return;
        }

        if (first is not ControlField { Value: var value })
        {
            issues.Add(Issues.Error("008-not-control", "008 phải là trường kiểm soát", "008 must be a control field", "008"));
            return;
        }

        if (value.Length != 40)
        {
            issues.Add(Issues.Error("008-length", $"Trường 008 dài {value.Length} ký tự, phải là 40", $"Field 008 is {value.Length} characters, must be 40", "008"));
            return;
        }

        if (!value[..6].All(c => char.IsAsciiDigit(c) || c == ' ' || c == '|'))
        {
            issues.Add(Issues.Warn("008-00", "008/00-05 (ngày nhập) phải là yymmdd", "008/00-05 (date entered) must be yymmdd", "008"));
        }

        if ("bcdeikmnpqrstu|".IndexOf(value[6]) < 0)
        {
            issues.Add(Issues.Error("008-06", $"008/06 (loại năm) '{value[6]}' không hợp lệ", $"008/06 (type of date) '{value[6]}' is invalid", "008"));
        }

        if (!value.Substring(7, 4).All(c => char.IsAsciiDigit(c) || c is 'u' or ' ' or '|'))
        {
            issues.Add(Issues.Error("008-07", $"008/07-10 (năm 1) '{value.Substring(7, 4)}' không hợp lệ", $"008/07-10 (date 1) '{value.Substring(7, 4)}' is invalid", "008"));
        }

        var language = value.Substring(35, 3);
        if (!(language.All(char.IsAsciiLetterLower) || language is "   " or "|||"))
        {
            issues.Add(Issues.Error("008-35", $"008/35-37 (ngôn ngữ) '{language}' phải là mã MARC 3 chữ thường (vd. vie)", $"008/35-37 (language) '{language}' must be a 3-letter MARC code (e.g. vie)", "008"));
        }

        if (" dorsx|".IndexOf(value[38]) < 0)
        {
            issues.Add(Issues.Error("008-38", $"008/38 (biểu ghi sửa đổi) '{value[38]}' không hợp lệ", $"008/38 (modified record) '{value[38]}' is invalid", "008"));
        }

        if (" cdu|".IndexOf(value[39]) < 0)
        {
            issues.Add(Issues.Error("008-39", $"008/39 (nguồn biên mục) '{value[39]}' không hợp lệ", $"008/39 (cataloging source) '{value[39]}' is invalid", "008"));
        }
    }
}
