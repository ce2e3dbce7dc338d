namespace LibraryIls.Catalog.Marc;

public enum MarcReadMode
{
    /// <summary>Import: recover every field that can be recovered and report what was repaired or dropped.</summary>
    Lenient,
    /// <summary>Validation: the first structural error is an error.</summary>
    Strict,
}
