namespace LibraryIls.Catalog.Marc;

/// <summary>What the validator found in one record.</summary>
public sealed class ValidationResult(IReadOnlyList<MarcIssue> issues)
{
    public IReadOnlyList<MarcIssue> Issues { get; } = issues;

    public IEnumerable<MarcIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);

    public IEnumerable<MarcIssue> Warnings => Issues.Where(i => i.Severity == IssueSeverity.Warning);

    public bool IsValid => !Errors.Any();
}
