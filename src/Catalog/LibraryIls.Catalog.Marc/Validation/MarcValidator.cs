namespace LibraryIls.Catalog.Marc;

/// <summary>
/// Checks a bibliographic record against the MARC21 rules that matter to cataloguers: leader
/// values, 008, a single 245, legal indicators and subfield codes for common tags, ISBN and ISSN
/// check digits, DDC class number syntax. Authority and holdings records get the structural checks only.
/// </summary>
public sealed class MarcValidator
{
    private static readonly IValidationRule[] AllRecords = [new LeaderRule()];
    private static readonly IValidationRule[] Bibliographic =
    [
        new RequiredFieldsRule(),
        new FixedLengthDataRule(),
        new TitleStatementRule(),
        new RepeatabilityRule(),
        new IndicatorAndSubfieldRule(),
        new IsbnRule(),
        new IssnRule(),
        new DdcRule(),
    ];

    public ValidationResult Validate(MarcRecord record)
    {
        var issues = new List<MarcIssue>();
        foreach (var rule in AllRecords)
        {
            rule.Check(record, issues);
        }

        if (IsBibliographic(record))
        {
            foreach (var rule in Bibliographic)
            {
                rule.Check(record, issues);
            }
        }

        return new ValidationResult([.. issues.Select(i => i with { RecordIndex = record.Index, ByteOffset = record.ByteOffset })]);
    }

    /// <summary>Leader/06: z authority; u, v, x, y holdings; everything else describes a work.</summary>
    public static bool IsBibliographic(MarcRecord record) =>
        record.Leader.Length > 6 && "zuvxy".IndexOf(record.Leader[6]) < 0;
}
