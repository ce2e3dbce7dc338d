namespace LibraryIls.Catalog.Marc;

/// <summary>Character encoding of a record's bytes.</summary>
public enum MarcEncoding
{
    Utf8,
    Marc8,
    /// <summary>ISO-8859-1: not MARC21, but other ISO 2709 dialects (yaz's danMARC fixtures) use it.</summary>
    Latin1,
}
