namespace LibraryIls.Catalog.Marc;

/// <summary>Indicators and subfield codes must be legal for the tag.</summary>
internal sealed class IndicatorAndSubfieldRule : IValidationRule
{
    public void Check(MarcRecord record, List<MarcIssue> issues)
    {
        foreach (var field in record.Fields)
        {
            if (field.Tag.Length != 3 || !field.Tag.All(char.IsAsciiLetterOrDigit))
            {
                issues.Add(Issues.Error("tag-invalid", $"Nhãn trường '{field.Tag}' không hợp lệ", $"Tag '{field.Tag}' is invalid", field.Tag));
                continue;
            }

            if (!FieldDefinitions.ByTag.TryGetValue(field.Tag, out var definition))
            {
                CheckCodesAreLowercase(field, issues);
                continue;
            }

            if (field is not DataField data)
            {
                issues.Add(Issues.Error("not-data-field", $"Trường {field.Tag} phải có chỉ thị và trường con", $"Field {field.Tag} must have indicators and subfields", field.Tag));
                continue;
            }

            CheckIndicator(data, 1, data.Indicator1, definition.Indicator1, issues);
            CheckIndicator(data, 2, data.Indicator2, definition.Indicator2, issues);
            if (data.Subfields.Count == 0)
            {
                issues.Add(Issues.Error("no-subfields", $"Trường {field.Tag} không có trường con", $"Field {field.Tag} has no subfields", field.Tag));
            }

            foreach (var subfield in data.Subfields)
            {
                if (definition.SubfieldCodes.IndexOf(subfield.Code) < 0)
                {
                    issues.Add(Issues.Error("subfield-code", $"Mã trường con ${subfield.Code} không hợp lệ trong trường {field.Tag}", $"Subfield code ${subfield.Code} is not valid in field {field.Tag}", field.Tag, subfield.Code));
                }
            }
        }
    }

    private static void CheckIndicator(DataField field, int position, char value, string allowed, List<MarcIssue> issues)
    {
        if (allowed.Length > 0 && allowed.IndexOf(value) < 0)
        {
            issues.Add(Issues.Error(
                $"indicator{position}",
                $"Chỉ thị {position} của trường {field.Tag} là '{value}', chỉ được dùng '{allowed.Replace(" ", "#")}'",
                $"Indicator {position} of field {field.Tag} is '{value}'; allowed: '{allowed.Replace(" ", "#")}'",
                field.Tag));
        }
    }

    private static void CheckCodesAreLowercase(MarcField field, List<MarcIssue> issues)
    {
        if (field is not DataField data)
        {
            return;
        }

        foreach (var subfield in data.Subfields)
        {
            if (!char.IsAsciiLetterLower(subfield.Code) && !char.IsAsciiDigit(subfield.Code))
            {
                issues.Add(Issues.Error("subfield-code", $"Mã trường con '{subfield.Code}' phải là chữ thường hoặc chữ số", $"Subfield code '{subfield.Code}' must be a lowercase letter or a digit", field.Tag, subfield.Code));
            }
        }
    }
}
