namespace LibraryIls.Catalog.Marc;

/// <summary>
/// Parses one framed ISO 2709 record. Lenient: trust the directory where it is right, fall back
/// to the field terminators where it is not, and write down every repair. Strict: throw at the
/// first structural error.
/// </summary>
internal static class Iso2709RecordParser
{
    public static MarcRecord Parse(ReadOnlySpan<byte> rec, int index, long offset, MarcReadOptions options, List<MarcIssue> issues)
    {
        var strict = options.Mode == MarcReadMode.Strict;
        var report = new ProblemReport(strict, index, offset, issues);
        var end = rec.Length;
        if (end > 0 && rec[end - 1] == Iso2709.RecordTerminator)
        {
            end--;
        }
        else
        {
            report.Problem("no-record-terminator", "Thiếu ký tự kết thúc biểu ghi (1D)", "Record terminator (1D) missing");
        }

        var leader = rec[..Iso2709.LeaderLength];
        var indicatorCount = Iso2709.DigitOr(leader[10], -1);
        var identifierLength = Iso2709.DigitOr(leader[11], -1);
        var lengthOfLength = Iso2709.DigitOr(leader[20], -1);
        var lengthOfStart = Iso2709.DigitOr(leader[21], -1);
        var lengthOfImplementation = Iso2709.DigitOr(leader[22], 0, 0);
        if (indicatorCount < 0 || identifierLength < 0 || lengthOfLength < 0 || lengthOfStart < 0)
        {
            report.Problem("leader-entry-map", "Đầu biểu (vị trí 10-11, 20-21) không phải số; dùng 2, 2, 4, 5", "Leader/10-11 or 20-21 not numeric; assuming 2, 2, 4, 5");
            indicatorCount = indicatorCount < 0 ? 2 : indicatorCount;
            identifierLength = identifierLength < 0 ? 2 : identifierLength;
            lengthOfLength = lengthOfLength < 0 ? 4 : lengthOfLength;
            lengthOfStart = lengthOfStart < 0 ? 5 : lengthOfStart;
        }

        // The record will hold Unicode, whatever the bytes were: leader/09 says so; the original claim stays in SourceEncoding and Issues.
        var record = new MarcRecord(LeaderText(leader)) { Index = index, ByteOffset = offset, DeclaredCharacterCoding = (char)leader[9] };
        var directoryEnd = rec[..end].Slice(Iso2709.LeaderLength).IndexOf(Iso2709.FieldTerminator);
        if (directoryEnd < 0)
        {
            report.Problem("no-directory-end", "Không tìm thấy cuối danh mục; biểu ghi không có trường nào", "End of directory not found; record has no fields");
            record.Issues.AddRange(issues);
            return record;
        }

        directoryEnd += Iso2709.LeaderLength;
        var baseAddress = Iso2709.ParseNumber(leader[12..17]);
        if (baseAddress != directoryEnd + 1)
        {
            report.Problem("base-address", $"Địa chỉ cơ sở {baseAddress} sai, dùng {directoryEnd + 1}", $"Base address {baseAddress} is wrong, using {directoryEnd + 1}");
        }

        var directory = rec[Iso2709.LeaderLength..directoryEnd];
        var data = rec[(directoryEnd + 1)..end];
        var entrySize = 3 + lengthOfLength + lengthOfStart + lengthOfImplementation;
        if (directory.Length % entrySize != 0)
        {
            report.Problem("directory-length", "Độ dài danh mục không chia hết cho độ dài mục", "Directory length is not a multiple of the entry length");
        }

        var mismatch = false;
        var nonAscii = true;
        var validUtf8 = false;
        var encoding = options.ForceEncoding ?? MarcEncodingDetector.Detect(data, (char)leader[9], out mismatch, out nonAscii, out validUtf8);
        if (mismatch)
        {
            issues.Add(Issues.Warn(
                "encoding-mismatch",
                $"Đầu biểu/09 ghi '{(char)leader[9]}' nhưng dữ liệu là {encoding}; giải mã theo dữ liệu",
                $"Leader/09 says '{(char)leader[9]}' but the bytes are {encoding}; decoded as {encoding}") with { RecordIndex = index, ByteOffset = offset });
        }

        record.SourceEncoding = encoding;
        if (options.ForceEncoding is not null)
        {
            nonAscii = data.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
            validUtf8 = !nonAscii || System.Text.Unicode.Utf8.IsValid(data);
        }

        var asciiOnly = !nonAscii && (encoding != MarcEncoding.Marc8 || data.IndexOf((byte)0x1B) < 0);
        // Valid, control-free, certainly-NFC UTF-8 (most modern records, all precomposed Vietnamese) needs no per-subfield checks.
        var plain = (asciiOnly || (encoding == MarcEncoding.Utf8 && validUtf8)) && PlainUtf8.IsPlainNfc(data);
        var decoder = new FieldTextDecoder(encoding, asciiOnly, encoding == MarcEncoding.Utf8 && validUtf8, issues) { Plain = plain && !asciiOnly };

        // Plain bytes decode later exactly as now, with nothing to report: keep one copy, decode on demand.
        var lazy = plain && identifierLength == 2 ? data.ToArray() : null;

        var entries = directory.Length / entrySize;
        record.Fields.Capacity = entries;
        var fallbackStart = 0;
        for (var e = 0; e < entries; e++)
        {
            var entry = directory.Slice(e * entrySize, entrySize);
            var tag = InternedStrings.Tag(entry[..3]);
            var length = Iso2709.ParseNumber(entry.Slice(3, lengthOfLength));
            var start = Iso2709.ParseNumber(entry.Slice(3 + lengthOfLength, lengthOfStart));
            ReadOnlySpan<byte> field;
            if (length > 0 && start >= 0 && start + length <= data.Length && data[start + length - 1] == Iso2709.FieldTerminator)
            {
                field = data.Slice(start, length - 1);
                fallbackStart = start + length;
            }
            else
            {
                // The directory is wrong for this field: take the bytes up to the next field terminator.
                var from = start >= 0 && start < data.Length && length >= 0 ? start : fallbackStart;
                if (from >= data.Length)
                {
                    report.Problem("field-dropped", "Mục danh mục trỏ ra ngoài biểu ghi; bỏ trường", "Directory entry points outside the record; field dropped", tag);
                    continue;
                }

                var stop = data[from..].IndexOf(Iso2709.FieldTerminator);
                field = stop < 0 ? data[from..] : data.Slice(from, stop);
                fallbackStart = from + field.Length + 1;
                report.Problem("field-repaired", "Độ dài/vị trí trường trong danh mục sai; đọc đến ký tự kết thúc trường", "Field length/start in the directory is wrong; read up to the field terminator", tag);
            }

            var pending = lazy is null ? default : new PendingSubfields(lazy, FieldStart(data, field), 0);
            record.Fields.Add(ParseField(tag, field, indicatorCount, identifierLength, decoder, issues, strict, index, offset, pending));
        }

        if (decoder.Normalized)
        {
            issues.Add(Issues.Warn("nfc-normalized", "Văn bản đã được chuẩn hoá Unicode NFC (dấu tổ hợp được ghép)", "Text normalised to Unicode NFC (combining diacritics composed)"));
        }

        foreach (var issue in issues)
        {
            record.Issues.Add(issue.RecordIndex < 0 ? issue with { RecordIndex = index, ByteOffset = offset } : issue);
        }

        return record;
    }

    /// <summary>
    /// The next subfield delimiter that really starts a subfield. A delimiter followed by a blank or a control
    /// byte (an escape, in MARC-8 exported by some systems) cannot start one: it is a stray byte inside the text.
    /// </summary>
    private static int NextDelimiter(ReadOnlySpan<byte> rest, out bool stray)
    {
        stray = false;
        var from = 0;
        while (true)
        {
            var next = rest[from..].IndexOf(Iso2709.SubfieldDelimiter);
            if (next < 0)
            {
                return -1;
            }

            next += from;
            if (next + 1 >= rest.Length || rest[next + 1] > 0x20)
            {
                return next;
            }

            stray = true;
            from = next + 1;
        }
    }

    /// <summary>Removes the stray delimiters <see cref="NextDelimiter"/> left inside a subfield.</summary>
    private static ReadOnlySpan<byte> Unstray(ReadOnlySpan<byte> value, List<MarcIssue> issues, string tag)
    {
        if (value.IndexOf(Iso2709.SubfieldDelimiter) < 0)
        {
            return value;
        }

        issues.Add(Issues.Warn("stray-delimiter", "Bỏ dấu phân cách trường con lạc chỗ trong dữ liệu", "Stray subfield delimiter inside the text removed", tag));
        var copy = new List<byte>(value.Length);
        foreach (var b in value)
        {
            if (b != Iso2709.SubfieldDelimiter)
            {
                copy.Add(b);
            }
        }

        return copy.ToArray();
    }

    private static string LeaderText(ReadOnlySpan<byte> leader)
    {
        Span<char> chars = stackalloc char[Iso2709.LeaderLength];
        for (var i = 0; i < chars.Length; i++)
        {
            // A control byte in the leader (seen in real exports) would not survive MARCXML.
            chars[i] = leader[i] < 0x20 ? ' ' : (char)leader[i];
        }

        chars[9] = 'a';
        return new string(chars);
    }

    /// <summary>Where <paramref name="field"/> starts inside <paramref name="data"/> (it is always a slice of it).</summary>
    private static int FieldStart(ReadOnlySpan<byte> data, ReadOnlySpan<byte> field) =>
        (int)System.Runtime.CompilerServices.Unsafe.ByteOffset(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(data),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(field));

    private static MarcField ParseField(
        string tag, ReadOnlySpan<byte> field, int indicatorCount, int identifierLength,
        FieldTextDecoder decoder, List<MarcIssue> issues, bool strict, int index, long offset, PendingSubfields pending)
    {
        // danMARC puts subfields in 00X fields too: a delimiter right after the indicators says so.
        var isControl = tag.Length == 3 && tag[0] == '0' && tag[1] == '0'
            && !(indicatorCount is > 0 and < 4 && field.Length > indicatorCount && field[indicatorCount] == Iso2709.SubfieldDelimiter);
        if (isControl)
        {
            return new ControlField(tag, decoder.Decode(field, tag));
        }

        var indicatorBytes = 0;
        for (var i = 0; i < indicatorCount && indicatorBytes < field.Length && field[indicatorBytes] != Iso2709.SubfieldDelimiter; i++)
        {
            indicatorBytes += decoder.CharLength(field[indicatorBytes..]);
        }

        string indicators;
        if (indicatorBytes == 2 && InternedStrings.IndicatorPair(field[0], field[1]) is { } pair)
        {
            indicators = pair;
        }
        else
        {
            indicators = decoder.Decode(field[..indicatorBytes], tag);
            if (indicators.Length < indicatorCount)
            {
                if (strict)
                {
                    throw new MarcFormatException($"Indicators missing in field {tag}", index, offset);
                }

                issues.Add(Issues.Warn("indicators-missing", "Thiếu chỉ thị; điền khoảng trắng", "Indicators missing; filled with blanks", tag));
                indicators = indicators.PadRight(indicatorCount);
            }
        }

        var rest = field[indicatorBytes..];
        if (pending.Bytes is not null && rest.Length > 1 && rest[0] == Iso2709.SubfieldDelimiter && rest.IndexOf(Iso2709.FieldTerminator) < 0)
        {
            return new DataField(tag, indicators, pending with { Start = pending.Start + indicatorBytes + 1, Length = rest.Length - 1 });
        }

        var dataField = new DataField(tag, indicators);
        dataField.Subfields.Capacity = field.Count(Iso2709.SubfieldDelimiter);
        if (rest.IsEmpty)
        {
            return dataField;
        }

        if (rest[0] != Iso2709.SubfieldDelimiter)
        {
            // Like yaz, take the first byte after the indicators as the delimiter whatever it is, so
            // both tools recover the same subfields from the same damaged field.
            issues.Add(Issues.Warn("no-delimiter", "Thiếu mã phân cách trường con sau chỉ thị; byte đầu được coi là dấu phân cách", "No subfield delimiter after the indicators; the first byte was taken as the delimiter", tag));
        }

        rest = rest[1..];
        var codeLength = Math.Max(identifierLength - 1, 1);
        while (true)
        {
            var next = NextDelimiter(rest, out var stray);
            var chunk = next < 0 ? rest : rest[..next];
            if (chunk.Length >= codeLength)
            {
                var codeBytes = decoder.CharLength(chunk);
                var code = chunk[0] < 0x80 || decoder.Encoding == MarcEncoding.Latin1 ? (char)chunk[0]
                    : decoder.Encoding == MarcEncoding.Utf8 ? decoder.Decode(chunk[..codeBytes], tag)[0]
                    : '\uFFFD';
                var skip = Math.Max(codeLength, codeBytes);
                dataField.Subfields.Add(new Subfield(code, decoder.Decode(stray ? Unstray(chunk[skip..], issues, tag) : chunk[skip..], tag, code)));
            }
            else
            {
                issues.Add(Issues.Warn("empty-subfield", "Trường con rỗng không có mã; đã bỏ", "Empty subfield without a code dropped", tag));
            }

            if (next < 0)
            {
                break;
            }

            rest = rest[(next + 1)..];
        }

        return dataField;
    }
}
