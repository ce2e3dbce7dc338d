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

        if (asciiOnly)
        {
            return System.Text.Encoding.ASCII.GetString(bytes);
        }

        switch (encoding)
        {
            case MarcEncoding.Marc8:
                return Marc8.Decode(bytes, issues, tag);
            case MarcEncoding.Latin1:
                return TextNormalizer.ToNfc(System.Text.Encoding.Latin1.GetString(bytes));
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

                return TextNormalizer.ToNfc(System.Text.Encoding.UTF8.GetString(bytes));
        }
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
