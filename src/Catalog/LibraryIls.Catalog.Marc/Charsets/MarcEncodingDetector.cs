using System.Text.Unicode;

namespace LibraryIls.Catalog.Marc;

/// <summary>
/// Leader/09 is a claim, not a fact: records exported by old systems say MARC-8 and hold UTF-8,
/// or say UTF-8 and hold MARC-8 diacritics. Look at the bytes and decide what they are.
/// </summary>
public static class MarcEncodingDetector
{
    public static MarcEncoding Detect(ReadOnlySpan<byte> data, char leader09, out bool mismatch) =>
        Detect(data, leader09, out mismatch, out _, out _);

    internal static MarcEncoding Detect(ReadOnlySpan<byte> data, char leader09, out bool mismatch, out bool nonAscii, out bool validUtf8)
    {
        mismatch = false;
        var claimsUtf8 = leader09 == 'a';
        nonAscii = data.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
        validUtf8 = !nonAscii;
        if (!nonAscii)
        {
            // Pure ASCII is the same in both; an escape sequence is still MARC-8.
            return claimsUtf8 ? MarcEncoding.Utf8 : MarcEncoding.Marc8;
        }

        var hasEscape = data.IndexOf((byte)0x1B) >= 0;
        validUtf8 = Utf8.IsValid(data);
        if (claimsUtf8)
        {
            if (validUtf8 || !LooksLikeMarc8(data, hasEscape))
            {
                return MarcEncoding.Utf8;
            }

            mismatch = true;
            return MarcEncoding.Marc8;
        }

        if (validUtf8 && !hasEscape)
        {
            mismatch = true;
            return MarcEncoding.Utf8;
        }

        return MarcEncoding.Marc8;
    }

    /// <summary>
    /// MARC-8 diacritics (0xE0-0xFE) come before an ASCII letter, which UTF-8 never allows; count
    /// them against well-formed UTF-8 sequences so a record with one bad byte stays UTF-8.
    /// </summary>
    private static bool LooksLikeMarc8(ReadOnlySpan<byte> data, bool hasEscape)
    {
        if (hasEscape)
        {
            return true;
        }

        int marc8Hints = 0, utf8Hints = 0;
        for (var i = 0; i < data.Length - 1; i++)
        {
            var b = data[i];
            if (b < 0x80)
            {
                continue;
            }

            var next = data[i + 1];
            if (b >= 0xE0 && b <= 0xFE && next < 0x80 && char.IsAsciiLetter((char)next))
            {
                marc8Hints++;
            }
            else if (b >= 0xC2 && b <= 0xF4 && next is >= 0x80 and <= 0xBF)
            {
                utf8Hints++;
                i++;
            }
        }

        return marc8Hints > utf8Hints;
    }
}
