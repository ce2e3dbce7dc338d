namespace LibraryIls.Catalog.Marc;

/// <summary>Non-repeatable fields (control number, 008, main entry, title...) appear once: a second one is a merge gone wrong.</summary>
internal sealed class RepeatabilityRule : IValidationRule
{
    private static readonly HashSet<string> NonRepeatable =
    [
        "001", "003", "005", "008",
        .. FieldDefinitions.ByTag.Values.Where(d => !d.Repeatable).Select(d => d.Tag),
    ];

    public void Check(MarcRecord record, List<MarcIssue> issues)
    {
        var seen = new HashSet<string>();
        foreach (var field in record.Fields)
        {
            if (NonRepeatable.Contains(field.Tag) && !seen.Add(field.Tag))
            {
                issues.Add(Issues.Error("not-repeatable", $"Trường {field.Tag} không được lặp", $"Field {field.Tag} is not repeatable", field.Tag));
            }
        }
    }
}
