namespace LibraryIls.Catalog.Marc;

/// <summary>File formats the codec reads and writes.</summary>
public enum MarcFormat
{
    Iso2709,
    MarcXml,
    Json,
    Line,
}
