namespace LibraryIls.Catalog.Records;

internal enum HeadingKind
{
    Author = 1,
    Subject = 2,

    /// <summary>An ISBN, digits and X only, so either hyphenation finds it.</summary>
    Isbn = 3,

    /// <summary>A key the import matcher finds the record by (see <see cref="Matching.MatchKeys"/>).</summary>
    MatchKey = 4,
}

/// <summary>An author, subject or ISBN of a record, with its matching key, so lists and facets group by the key.</summary>
internal sealed class RecordHeading
{
    private RecordHeading() { }

    public RecordHeading(HeadingKind kind, string display, string key)
    {
        Kind = kind;
        Display = display;
        Key = key;
    }

    public long Id { get; private set; }

    public Guid RecordId { get; private set; }

    public HeadingKind Kind { get; private set; }

    public string Display { get; private set; } = "";

    public string Key { get; private set; } = "";
}
