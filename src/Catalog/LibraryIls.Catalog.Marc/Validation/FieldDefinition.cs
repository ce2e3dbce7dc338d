namespace LibraryIls.Catalog.Marc;

/// <summary>Legal indicator values and subfield codes of one MARC21 bibliographic tag.</summary>
internal sealed record FieldDefinition(string Tag, string Indicator1, string Indicator2, string SubfieldCodes, bool Repeatable = true);
