namespace LibraryIls.Catalog.Marc;

public sealed record MarcReadOptions
{
    public static readonly MarcReadOptions Default = new();

    public MarcReadMode Mode { get; init; } = MarcReadMode.Lenient;

    /// <summary>
    /// Decode every record as this encoding, whatever leader/09 says (e.g. ISO-8859-1 for other
    /// ISO 2709 dialects). Null: trust leader/09, but check it against the bytes.
    /// </summary>
    public MarcEncoding? ForceEncoding { get; init; }

    public static MarcReadOptions Strict { get; } = new() { Mode = MarcReadMode.Strict };
}
