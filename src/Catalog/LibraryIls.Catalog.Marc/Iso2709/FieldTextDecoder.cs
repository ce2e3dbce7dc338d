namespace LibraryIls.Catalog.Marc;

/// <summary>Turns field bytes into NFC text in the encoding chosen for the record.</summary>
internal sealed class FieldTextDecoder(MarcEncoding encoding, bool asciiOnly, bool validUtf8, List<MarcIssue> issues)
{
    private bool _reportedInvalidUtf8;

    public MarcEncoding Encoding => encoding;

    public string Decode(ReadOnlySpan<byte> bytes, string tag, char? code = null)
    {
        if (bytes.IsEmpty)
        {
            return "";
        }

        if (Plain && bytes.IndexOfAnyInRange((byte)0, (byte)0x1F) < 0)
        {
            return System.Text.Encoding.UTF8.GetString(bytes);
        }

        if ((asciiOnly || encoding != MarcEncoding.Marc8) && bytes.IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0)
        {
            return WithoutControlCharacters(bytes, tag);
        }

        if (asciiOnly)
        {
            return System.Text.Encoding.ASCII.GetString(bytes);
        }

        switch (encoding)
        {
            case MarcEncoding.Marc8:
                return Marc8.Decode(bytes, issues, tag);
            case MarcEncoding.Latin1:
                return Nfc(System.Text.Encoding.Latin1.GetString(bytes));
            default:
                if (!validUtf8 && !_reportedInvalidUtf8 && !System.Text.Unicode.Utf8.IsValid(bytes))
                {
                    _reportedInvalidUtf8 = true;
                    issues.Add(Issues.Warn(
                        "utf8-invalid",
                        "Byte UTF-8 không hợp lệ, thay bằng U+FFFD",
                        "Invalid UTF-8 bytes replaced by U+FFFD",
                        tag,
                        code));
                }

                return Nfc(System.Text.Encoding.UTF8.GetString(bytes));
        }
    }

    /// <summary>
    /// Control characters (a stray delimiter in 007, a form feed) cannot travel in MARCXML and are
    /// not text: U+FFFD keeps positional fields (007, 008) aligned and shows where they were.
    /// </summary>
    private string WithoutControlCharacters(ReadOnlySpan<byte> bytes, string tag)
    {
        var text = encoding == MarcEncoding.Latin1 ? System.Text.Encoding.Latin1.GetString(bytes) : System.Text.Encoding.UTF8.GetString(bytes);
        var chars = text.ToCharArray();
        var replaced = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] < 0x20)
            {
                chars[i] = '\uFFFD';
                replaced++;
            }
        }

        issues.Add(Issues.ControlCharactersReplaced(tag, replaced));

        return Nfc(new string(chars));
    }

    /// <summary>The record's bytes are valid UTF-8 without control bytes and certainly NFC: decode without checks.</summary>
    public bool Plain { get; init; }

    /// <summary>True when some text was not NFC in the file (decomposed diacritics): the record will not come back byte for byte.</summary>
    public bool Normalized { get; private set; }

    private string Nfc(string text)
    {
        var normalized = TextNormalizer.ToNfc(text);
        Normalized |= !ReferenceEquals(normalized, text);
        return normalized;
    }

    /// <summary>Length in bytes of the character starting at <paramref name="bytes"/>[0]: indicators are characters, not bytes.</summary>
    public int CharLength(ReadOnlySpan<byte> bytes)
    {
        if (encoding != MarcEncoding.Utf8 || bytes.IsEmpty || bytes[0] < 0xC0)
        {
            return 1;
        }

        var length = bytes[0] >= 0xF0 ? 4 : bytes[0] >= 0xE0 ? 3 : 2;
        return Math.Min(length, bytes.Length);
    }
}
