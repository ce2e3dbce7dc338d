using System.Text;

namespace LibraryIls.Catalog.Marc;

/// <summary>
/// Writes ISO 2709 in UTF-8 (leader/09 = 'a'). Record length, base address and directory are
/// computed here, in bytes. A record longer than 99,999 bytes or a field longer than 9,999 bytes
/// cannot be expressed: it is refused with <see cref="MarcWriteException"/>, never written with a
/// wrong length.
/// </summary>
public sealed class Iso2709Writer(Stream stream, bool leaveOpen = false) : IMarcWriter
{
    private readonly ByteSink _sink = new(stream, leaveOpen);
    private byte[] _data = new byte[16 * 1024];
    private int[] _lengths = new int[64];

    public static byte[] ToBytes(MarcRecord record)
    {
        using var memory = new MemoryStream();
        using (var writer = new Iso2709Writer(memory, leaveOpen: true))
        {
            writer.Write(record);
        }

        return memory.ToArray();
    }

    public void Write(MarcRecord record)
    {
        var fields = record.Fields;
        if (_lengths.Length < fields.Count)
        {
            _lengths = new int[fields.Count * 2];
        }

        var dataLength = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            var start = dataLength;
            dataLength = AppendField(fields[i], dataLength);
            _lengths[i] = dataLength - start;
            if (_lengths[i] > Iso2709.MaxFieldLength)
            {
                throw new MarcWriteException(
                    $"Trường {fields[i].Tag} dài {_lengths[i]} byte, vượt giới hạn 9.999 byte của ISO 2709",
                    $"Field {fields[i].Tag} is {_lengths[i]} bytes, over the ISO 2709 limit of 9,999",
                    record.Index);
            }
        }

        var baseAddress = Iso2709.LeaderLength + (fields.Count * 12) + 1;
        var recordLength = baseAddress + dataLength + 1;
        if (recordLength > Iso2709.MaxRecordLength)
        {
            throw new MarcWriteException(
                $"Biểu ghi dài {recordLength} byte, vượt giới hạn 99.999 byte của ISO 2709; hãy xuất MARCXML",
                $"Record is {recordLength} bytes, over the ISO 2709 limit of 99,999; export it as MARCXML instead",
                record.Index);
        }

        var output = _sink.Reserve(recordLength);
        WriteLeader(record.Leader, output, recordLength, baseAddress);
        var position = Iso2709.LeaderLength;
        var offset = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            var tag = fields[i].Tag;
            for (var t = 0; t < 3; t++)
            {
                output[position + t] = t < tag.Length && tag[t] < 0x80 ? (byte)tag[t] : (byte)'?';
            }

            WriteDigits(output.Slice(position + 3, 4), _lengths[i]);
            WriteDigits(output.Slice(position + 7, 5), offset);
            offset += _lengths[i];
            position += 12;
        }

        output[position++] = Iso2709.FieldTerminator;
        _data.AsSpan(0, dataLength).CopyTo(output[position..]);
        output[recordLength - 1] = Iso2709.RecordTerminator;
        _sink.Advance(recordLength);
        _sink.FlushIfFull();
    }

    private int AppendField(MarcField field, int at)
    {
        if (field is ControlField control)
        {
            at = AppendText(control.Value, at);
        }
        else if (field is DataField data)
        {
            at = AppendText(data.Indicators, at);
            foreach (var subfield in data.Subfields)
            {
                EnsureData(at + 2);
                _data[at++] = Iso2709.SubfieldDelimiter;
                if (subfield.Code < 0x80)
                {
                    _data[at++] = (byte)subfield.Code;
                }
                else
                {
                    at = AppendText(subfield.Code.ToString(), at);
                }

                at = AppendText(subfield.Value, at);
            }
        }

        EnsureData(at + 1);
        _data[at++] = Iso2709.FieldTerminator;
        return at;
    }

    private int AppendText(string text, int at)
    {
        EnsureData(at + Encoding.UTF8.GetMaxByteCount(text.Length));
        return at + Encoding.UTF8.GetBytes(text, _data.AsSpan(at));
    }

    private void EnsureData(int size)
    {
        if (size > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(size, _data.Length * 2));
        }
    }

    private static void WriteLeader(string leader, Span<byte> output, int recordLength, int baseAddress)
    {
        for (var i = 0; i < Iso2709.LeaderLength; i++)
        {
            // One byte per leader position, whatever the leader holds, so lengths stay right.
            var c = i < leader.Length ? leader[i] : ' ';
            output[i] = c < 0x100 ? (byte)c : (byte)' ';
        }

        WriteDigits(output[..5], recordLength);
        output[9] = (byte)'a';
        if (!char.IsAsciiDigit((char)output[10]))
        {
            output[10] = (byte)'2';
        }

        if (!char.IsAsciiDigit((char)output[11]))
        {
            output[11] = (byte)'2';
        }

        WriteDigits(output.Slice(12, 5), baseAddress);
        output[20] = (byte)'4';
        output[21] = (byte)'5';
        if (output[22] is > (byte)'0' and <= (byte)'9')
        {
            output[22] = (byte)'0';
        }
    }

    private static void WriteDigits(Span<byte> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    public void Dispose() => _sink.Dispose();
}
