namespace LibraryIls.Catalog.Marc;

/// <summary>One MARC21 cataloguing rule; adds what it finds to the list.</summary>
internal interface IValidationRule
{
    void Check(MarcRecord record, List<MarcIssue> issues);
}
