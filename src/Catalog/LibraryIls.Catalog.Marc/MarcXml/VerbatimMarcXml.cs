using System.Buffers;

namespace LibraryIls.Catalog.Marc;

/// <summary>
/// The fast path of ISO 2709 → MARCXML: a structurally perfect UTF-8 record whose text is
/// already NFC is copied into XML straight from its bytes, without building a MarcRecord. Any
/// doubt (a repair, a control byte, a character NFC could change, another dialect) returns
/// false and the caller takes the full path, so the output is byte for byte what
/// <see cref="MarcXmlWriter.Write"/> would write.
/// </summary>
internal static class VerbatimMarcXml
{
    private static readonly SearchValues<byte> NeedsEscape = SearchValues.Create("&<>\""u8);

    public static bool TryWrite(ReadOnlySpan<byte> record, ByteSink sink)
    {
        if (!IsVerbatimSafe(record, out var baseAddress))
        {
            return false;
        }

        var mark = sink.Length;
        sink.Write("<record>\n  <leader>"u8);
        sink.Write(record[..9]);
        sink.Write((byte)'a');
        sink.Write(record[10..Iso2709.LeaderLength]);
        sink.Write("</leader>\n"u8);
        var data = record[baseAddress..^1];
        for (var entry = Iso2709.LeaderLength; entry < baseAddress - 1; entry += 12)
        {
            var tag = record.Slice(entry, 3);
            var length = Iso2709.ParseNumber(record.Slice(entry + 3, 4));
            var start = Iso2709.ParseNumber(record.Slice(entry + 7, 5));
            var field = data.Slice(start, length - 1);
            var isControl = tag[0] == (byte)'0' && tag[1] == (byte)'0' && !(field.Length > 2 && field[2] == Iso2709.SubfieldDelimiter);
            if (isControl)
            {
                if (field.IndexOf(Iso2709.SubfieldDelimiter) >= 0)
                {
                    sink.Truncate(mark);
                    return false;
                }

                sink.Write("  <controlfield tag=\""u8);
                sink.Write(tag);
                sink.Write("\">"u8);
                Escaped(sink, field);
                sink.Write("</controlfield>\n"u8);
                continue;
            }

            if (!WriteDataField(sink, tag, field))
            {
                sink.Truncate(mark);
                return false;
            }
        }

        sink.Write("</record>\n"u8);
        return true;
    }

    private static bool WriteDataField(ByteSink sink, ReadOnlySpan<byte> tag, ReadOnlySpan<byte> field)
    {
        if (field.Length < 3 || field[2] != Iso2709.SubfieldDelimiter || !IsPlain(field[0]) || !IsPlain(field[1]))
        {
            return false;
        }

        sink.Write("  <datafield tag=\""u8);
        sink.Write(tag);
        sink.Write("\" ind1=\""u8);
        sink.Write(field[0]);
        sink.Write("\" ind2=\""u8);
        sink.Write(field[1]);
        sink.Write("\">\n"u8);
        var rest = field[3..];
        while (true)
        {
            var next = rest.IndexOf(Iso2709.SubfieldDelimiter);
            var chunk = next < 0 ? rest : rest[..next];
            if (chunk.IsEmpty || !IsPlain(chunk[0]))
            {
                return false;
            }

            sink.Write("    <subfield code=\""u8);
            sink.Write(chunk[0]);
            sink.Write("\">"u8);
            Escaped(sink, chunk[1..]);
            sink.Write("</subfield>\n"u8);
            if (next < 0)
            {
                break;
            }

            rest = rest[(next + 1)..];
        }

        sink.Write("  </datafield>\n"u8);
        return true;
    }

    /// <summary>Indicators and codes the full path writes as they are: letters, digits, blank.</summary>
    private static bool IsPlain(byte b) => b is (byte)' ' or >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    private static void Escaped(ByteSink sink, ReadOnlySpan<byte> text)
    {
        while (true)
        {
            var special = text.IndexOfAny(NeedsEscape);
            if (special < 0)
            {
                sink.Write(text);
                return;
            }

            sink.Write(text[..special]);
            sink.Write(text[special] switch
            {
                (byte)'&' => "&amp;"u8,
                (byte)'<' => "&lt;"u8,
                (byte)'>' => "&gt;"u8,
                _ => "&quot;"u8,
            });
            text = text[(special + 1)..];
        }
    }

    /// <summary>The checks that make the fast path give exactly the full path's output.</summary>
    private static bool IsVerbatimSafe(ReadOnlySpan<byte> record, out int baseAddress)
    {
        baseAddress = Iso2709.ParseNumber(record.Slice(12, 5));
        var leader = record[..Iso2709.LeaderLength];
        if (record[^1] != Iso2709.RecordTerminator || Iso2709.ParseNumber(leader[..5]) != record.Length
            || leader[9] != (byte)'a' || leader[10] != (byte)'2' || leader[11] != (byte)'2'
            || leader[20] != (byte)'4' || leader[21] != (byte)'5' || leader[22] is not ((byte)'0' or (byte)' ')
            || leader.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) >= 0 || leader.IndexOfAny(NeedsEscape) >= 0
            || baseAddress < Iso2709.LeaderLength + 1 || baseAddress >= record.Length
            || record[baseAddress - 1] != Iso2709.FieldTerminator
            || (baseAddress - 1 - Iso2709.LeaderLength) % 12 != 0)
        {
            return false;
        }

        var directory = record[Iso2709.LeaderLength..(baseAddress - 1)];
        if (directory.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
        {
            return false; // alphanumeric tags are rare: let the full path handle them
        }

        var data = record[baseAddress..^1];
        for (var entry = 0; entry < directory.Length; entry += 12)
        {
            var length = Iso2709.ParseNumber(directory.Slice(entry + 3, 4));
            var start = Iso2709.ParseNumber(directory.Slice(entry + 7, 5));
            if (length < 1 || start + length > data.Length || data[start + length - 1] != Iso2709.FieldTerminator
                || data.Slice(start, length - 1).IndexOf(Iso2709.FieldTerminator) >= 0)
            {
                return false;
            }
        }

        return PlainUtf8.IsPlainNfc(data);
    }
}
