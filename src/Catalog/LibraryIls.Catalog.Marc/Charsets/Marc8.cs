using System.Text;

namespace LibraryIls.Catalog.Marc;

/// <summary>
/// MARC-8 to Unicode: ASCII and ANSEL (extended Latin with combining diacritics), Greek,
/// Cyrillic, Hebrew, Arabic, subscripts/superscripts/Greek symbols and CJK (EACC), switched by
/// ISO 2022 escape sequences. MARC-8 writes a diacritic before its base letter, Unicode after it,
/// so diacritics wait for the next base character. Output is NFC.
/// </summary>
public static class Marc8
{
    private const byte Ascii = (byte)'B';
    private const byte Ansel = (byte)'E';
    private const byte Eacc = (byte)'1';

    /// <summary>Decodes MARC-8 bytes; bytes it cannot map become U+FFFD and an issue is added.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, ICollection<MarcIssue>? issues = null, string? tag = null)
    {
        var tables = Marc8CodeTables.Instance;
        var text = new StringBuilder(bytes.Length);
        var pendingMarks = new StringBuilder();
        byte g0 = Ascii, g1 = Ansel;
        var bad = 0;
        var controls = 0;

        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == 0x1B)
            {
                i += ReadEscape(bytes[(i + 1)..], ref g0, ref g1, tables, ref bad);
                continue;
            }

            if (b < 0x20)
            {
                // C0 controls are not MARC-8 characters and XML cannot carry them: mark the spot.
                controls++;
                Emit(text, pendingMarks, 0xFFFD, false);
                continue;
            }

            if (b is 0x20 or 0x7F)
            {
                Emit(text, pendingMarks, b, false);
                continue;
            }

            if (b is >= 0x80 and <= 0xA0 or 0xFF)
            {
                var control = b switch { 0x88 => 0x98, 0x89 => 0x9C, 0x8D => 0x200D, 0x8E => 0x200C, _ => -1 };
                if (control < 0)
                {
                    bad++;
                    control = 0xFFFD;
                }

                Emit(text, pendingMarks, control, false);
                continue;
            }

            var set = b < 0x80 ? g0 : g1;
            if (set == Eacc)
            {
                if (i + 2 >= bytes.Length)
                {
                    bad++;
                    Emit(text, pendingMarks, 0xFFFD, false);
                    break;
                }

                var key = ((b & 0x7F) << 16) | ((bytes[i + 1] & 0x7F) << 8) | (bytes[i + 2] & 0x7F);
                i += 2;
                if (tables.TryGetEacc(key, out var cjk))
                {
                    Emit(text, pendingMarks, cjk.CodePoint, cjk.IsCombining);
                }
                else
                {
                    bad++;
                    Emit(text, pendingMarks, 0xFFFD, false);
                }

                continue;
            }

            if (set == Ascii && b < 0x80)
            {
                Emit(text, pendingMarks, b, false);
            }
            else if (tables.TryGet(set, b, out var found))
            {
                Emit(text, pendingMarks, found.CodePoint, found.IsCombining);
            }
            else
            {
                bad++;
                Emit(text, pendingMarks, 0xFFFD, false);
            }
        }

        // A diacritic with nothing after it still belongs in the text.
        text.Append(pendingMarks);
        if (bad > 0)
        {
            issues?.Add(Issues.Warn("marc8-invalid", $"{bad} byte MARC-8 không giải mã được, thay bằng U+FFFD", $"{bad} MARC-8 byte(s) could not be decoded and became U+FFFD", tag));
        }

        if (controls > 0)
        {
            issues?.Add(Issues.ControlCharactersReplaced(tag, controls));
        }

        return TextNormalizer.ToNfc(text.ToString());
    }

    private static void Emit(StringBuilder text, StringBuilder pendingMarks, int codePoint, bool combining)
    {
        // LC: the second halves of the ligature and double tilde (EC, FB) are dropped; U+0361/U+0360 on the first half spans both.
        if (codePoint is 0xFE21 or 0xFE23)
        {
            return;
        }

        if (combining)
        {
            pendingMarks.Append(char.ConvertFromUtf32(codePoint));
            return;
        }

        if (codePoint > 0xFFFF)
        {
            text.Append(char.ConvertFromUtf32(codePoint));
        }
        else
        {
            text.Append((char)codePoint);
        }

        if (pendingMarks.Length > 0)
        {
            text.Append(pendingMarks);
            pendingMarks.Clear();
        }
    }

    /// <summary>Reads the bytes after ESC and switches G0/G1; returns how many bytes it used.</summary>
    private static int ReadEscape(ReadOnlySpan<byte> rest, ref byte g0, ref byte g1, Marc8CodeTables tables, ref int bad)
    {
        if (rest.IsEmpty)
        {
            bad++;
            return 0;
        }

        switch (rest[0])
        {
            // Technique 1 (greek symbols, subscript, superscript) and the return to ASCII.
            case (byte)'g' or (byte)'b' or (byte)'p':
                g0 = rest[0];
                return 1;
            case (byte)'s':
                g0 = Ascii;
                return 1;
            case (byte)'(' or (byte)',' when rest.Length > 1:
                return Designate(ref g0, rest[1], tables, ref bad, 2);
            case (byte)')' or (byte)'-' when rest.Length > 1:
                return Designate(ref g1, rest[1], tables, ref bad, 2);
            case (byte)'$' when rest.Length > 1:
                if (rest[1] is (byte)'(' or (byte)',' && rest.Length > 2)
                {
                    return Designate(ref g0, rest[2], tables, ref bad, 3);
                }

                if (rest[1] is (byte)')' or (byte)'-' && rest.Length > 2)
                {
                    return Designate(ref g1, rest[2], tables, ref bad, 3);
                }

                return Designate(ref g0, rest[1], tables, ref bad, 2);
            default:
                bad++;
                return 0;
        }
    }

    private static int Designate(ref byte graphicSet, byte final, Marc8CodeTables tables, ref int bad, int used)
    {
        // LC allows 'B' and 's' for ASCII; "(B" is by far the most common.
        if (final is (byte)'B' or (byte)'s' or (byte)'@' || tables.IsKnownSet(final))
        {
            graphicSet = final is (byte)'s' or (byte)'@' ? Ascii : final;
            return used;
        }

        bad++;
        return used;
    }
}
