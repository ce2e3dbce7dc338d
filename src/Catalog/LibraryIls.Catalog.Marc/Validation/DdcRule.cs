using System.Text.RegularExpressions;

namespace LibraryIls.Catalog.Marc;

/// <summary>
/// 082: the DDC class number ($a, e.g. 895.9223) drives shelving and the call number, and $2
/// names the edition (23, or 23/vie for the Vietnamese translation) so numbers can be compared.
/// </summary>
internal sealed partial class DdcRule : IValidationRule
{
    public void Check(MarcRecord record, List<MarcIssue> issues)
    {
        foreach (var field in record.DataFields("082"))
        {
            foreach (var value in field.Values('a'))
            {
                // Segmentation marks (/ and ') are allowed where LC and the NLV put them.
                if (!ClassNumber().IsMatch(value.Trim()))
                {
                    issues.Add(Issues.Error(
                        "ddc-syntax",
                        $"Chỉ số DDC '{value}' sai dạng (vd. 895.9223)",
                        $"DDC number '{value}' is malformed (e.g. 895.9223)",
                        "082",
                        'a'));
                }
            }

            var edition = field['2'];
            if (edition is null)
            {
                if (field.Indicator1 is '0' or '1')
                {
                    issues.Add(Issues.Warn("ddc-edition-missing", "082 thiếu $2 (lần xuất bản DDC)", "082 has no $2 (DDC edition)", "082", '2'));
                }
            }
            else if (!Edition().IsMatch(edition.Trim()))
            {
                issues.Add(Issues.Error(
                    "ddc-edition",
                    $"082 $2 '{edition}' phải là số lần xuất bản (vd. 23 hoặc 23/vie)",
                    $"082 $2 '{edition}' must be an edition number (e.g. 23 or 23/vie)",
                    "082",
                    '2'));
            }
        }
    }

    [GeneratedRegex(@"^[0-9]{3}(?:[/']?\.?(?:[0-9]+[/']?)*[0-9]*)?$")]
    private static partial Regex ClassNumber();

    [GeneratedRegex(@"^[0-9]{1,2}(?:/[a-z]{3})?$")]
    private static partial Regex Edition();
}
