namespace LibraryIls.Catalog.Marc;

/// <summary>Opens readers and writers by format, and recognises a file's format from its first bytes.</summary>
public static class MarcFiles
{
    public static IMarcReader OpenReader(Stream stream, MarcFormat format, MarcReadOptions? options = null, bool leaveOpen = false) =>
        format switch
        {
            MarcFormat.Iso2709 => new Iso2709Reader(stream, options, leaveOpen),
            MarcFormat.MarcXml => new MarcXmlReader(stream, options, leaveOpen),
            _ => throw new ArgumentException($"{format} cannot be read", nameof(format)),
        };

    /// <summary>Reads with the format recognised from the content (XML starts with '&lt;', ISO 2709 with digits).</summary>
    public static IMarcReader OpenReader(Stream stream, MarcReadOptions? options = null, bool leaveOpen = false)
    {
        var peeked = new PeekableStream(stream, leaveOpen);
        return OpenReader(peeked, DetectFormat(peeked.Peek(512)), options, leaveOpen: false);
    }

    public static IMarcWriter OpenWriter(Stream stream, MarcFormat format, bool leaveOpen = false) =>
        format switch
        {
            MarcFormat.Iso2709 => new Iso2709Writer(stream, leaveOpen),
            MarcFormat.MarcXml => new MarcXmlWriter(stream, collection: true, leaveOpen),
            MarcFormat.Json => new MarcJsonWriter(stream, leaveOpen),
            MarcFormat.Line => new MarcLineWriter(stream, leaveOpen),
            _ => throw new ArgumentException($"{format} cannot be written", nameof(format)),
        };

    public static MarcFormat DetectFormat(ReadOnlySpan<byte> start)
    {
        var trimmed = start.TrimStart(" \t\r\n\uFEFF"u8).TrimStart("\uFEFF"u8);
        return !trimmed.IsEmpty && trimmed[0] == (byte)'<' ? MarcFormat.MarcXml : MarcFormat.Iso2709;
    }

    public static MarcFormat? ParseFormat(string name) => name.ToLowerInvariant() switch
    {
        "iso2709" or "marc" or "mrc" or "usmarc" or "marc21" => MarcFormat.Iso2709,
        "marcxml" or "xml" => MarcFormat.MarcXml,
        "json" or "mij" => MarcFormat.Json,
        "line" or "text" => MarcFormat.Line,
        _ => null,
    };
}
