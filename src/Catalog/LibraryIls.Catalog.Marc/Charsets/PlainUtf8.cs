namespace LibraryIls.Catalog.Marc;

/// <summary>Cheap proof that a record's UTF-8 bytes can be used as they are, without decoding checks or NFC.</summary>
internal static class PlainUtf8
{
    /// <summary>
    /// Valid UTF-8, no control bytes but the structure's, no delimiter followed by a blank or control
    /// (the full path treats those as stray), and only characters NFC leaves alone without asking
    /// ICU: below U+0300 or in U+1E00-U+1EFF, where precomposed Vietnamese lives.
    /// </summary>
    public static bool IsPlainNfc(ReadOnlySpan<byte> data)
    {
        var i = data.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7F);
        while (i >= 0)
        {
            var b = data[i];
            if (b == Iso2709.SubfieldDelimiter)
            {
                if (i + 1 >= data.Length || data[i + 1] <= 0x20)
                {
                    return false;
                }

                i++;
            }
            else if (b == Iso2709.FieldTerminator)
            {
                i++;
            }
            else if (b is >= 0xC2 and <= 0xCB)
            {
                if (i + 1 >= data.Length || (data[i + 1] & 0xC0) != 0x80)
                {
                    return false;
                }

                i += 2;
            }
            else if (b == 0xE1 && i + 2 < data.Length && data[i + 1] is >= 0xB8 and <= 0xBB && (data[i + 2] & 0xC0) == 0x80)
            {
                i += 3;
            }
            else
            {
                return false;
            }

            if (i >= data.Length)
            {
                break;
            }

            var next = data[i..].IndexOfAnyExceptInRange((byte)0x20, (byte)0x7F);
            i = next < 0 ? -1 : i + next;
        }

        return true;
    }
}
