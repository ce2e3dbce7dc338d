namespace LibraryIls.Catalog.Marc;

/// <summary>
/// Streaming ISO 2709 (MARC21 "binary", .mrc) reader. Keeps one buffer and reads one record at a
/// time, so a file of any size reads in constant memory. Lenient by default: a damaged record
/// is repaired or reported, never the end of the file.
/// </summary>
public sealed class Iso2709Reader : MarcReaderBase
{
    // A record with no terminator in sight is cut here, so a garbage file cannot eat all memory.
    private const int MaxFrame = 4 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly MarcReadOptions _options;
    private readonly List<MarcIssue> _issues = [];
    private byte[] _buffer = new byte[256 * 1024];
    private int _position;
    private int _length;
    private long _bufferOffset;
    private bool _endOfStream;
    private int _index;
    private int _currentStart;
    private int _currentLength;
    private int _currentIndex;
    private long _currentOffset;
    private readonly List<DroppedFragment> _dropped = [];

    public Iso2709Reader(Stream stream, MarcReadOptions? options = null, bool leaveOpen = false)
    {
        _stream = stream;
        _options = options ?? MarcReadOptions.Default;
        _leaveOpen = leaveOpen;
    }

    public static Iso2709Reader Open(string path, MarcReadOptions? options = null) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), options);

    public override MarcRecord? Read()
    {
        if (!NextFrame(out var start, out var length, out var index, out var offset))
        {
            return null;
        }

        return Iso2709RecordParser.Parse(_buffer.AsSpan(start, length), index, offset, _options, _issues);
    }

    /// <summary>
    /// The bytes the record last returned by <see cref="Read"/> was framed from, exactly as they are in the
    /// file (stray bytes before its leader included). Valid until the next read: copy what must be kept.
    /// </summary>
    public ReadOnlySpan<byte> CurrentBytes => _buffer.AsSpan(_currentStart, _currentLength);

    /// <summary>
    /// Parses the last record's bytes again with other options, e.g. <see cref="MarcEncoding.Latin1"/> so
    /// that text in a legacy single-byte encoding comes back one character per byte, to be converted.
    /// </summary>
    public MarcRecord ReparseCurrent(MarcReadOptions options) =>
        Iso2709RecordParser.Parse(CurrentBytes, _currentIndex, _currentOffset, options with { Mode = MarcReadMode.Lenient }, []);

    /// <summary>
    /// Fragments too short to be a record that were skipped since the last call, with their bytes, so an
    /// import can account for every piece of its input. Reading empties the list only when asked.
    /// </summary>
    public IReadOnlyList<DroppedFragment> TakeDroppedFragments()
    {
        if (_dropped.Count == 0)
        {
            return [];
        }

        var taken = _dropped.ToArray();
        _dropped.Clear();
        return taken;
    }

    /// <summary>
    /// Frames the next record without decoding it: the bytes stay in the buffer until the next
    /// call. <see cref="FrameWasClean"/> tells whether framing needed a repair.
    /// </summary>
    internal bool NextFrame(out int start, out int length, out int index, out long offset)
    {
        while (true)
        {
            _issues.Clear();
            SkipFiller();
            if (!Ensure(1))
            {
                (start, length, index, offset) = (0, 0, -1, -1);
                return false;
            }

            offset = _bufferOffset + _position;
            var frame = FrameRecord(offset);
            index = _index++;
            start = _position;
            length = frame;
            (_currentStart, _currentLength, _currentIndex, _currentOffset) = (start, length, index, offset);
            _position += frame;
            var leaderShift = LeaderShift(_buffer.AsSpan(start, length));
            if (leaderShift > 0)
            {
                _issues.Add(Issues.Warn("leader-shifted", $"Bỏ {leaderShift} byte thừa trước đầu biểu", $"Skipped {leaderShift} stray byte(s) before the leader") with { RecordIndex = index, ByteOffset = offset });
                start += leaderShift;
                length -= leaderShift;
            }

            if (length < Iso2709.LeaderLength + 1)
            {
                var dropped = Issues.Error("record-too-short", $"Đoạn {length} byte quá ngắn để là biểu ghi; đã bỏ", $"Fragment of {length} bytes is too short to be a record; dropped") with { RecordIndex = index, ByteOffset = offset };
                if (_options.Mode == MarcReadMode.Strict)
                {
                    throw new MarcFormatException(dropped.MessageEn, index, offset);
                }

                AddFileIssue(dropped);
                _dropped.Add(new DroppedFragment(index, offset, _buffer.AsSpan(_currentStart, _currentLength).ToArray(), dropped));
                continue;
            }

            return true;
        }
    }

    /// <summary>True when the last frame needed no repair (so its bytes can be trusted as they are).</summary>
    internal bool FrameWasClean => _issues.Count == 0;

    /// <summary>Records are read as their bytes say (no forced encoding): their bytes may be copied as they are.</summary>
    internal bool TrustsItsBytes => _options.ForceEncoding is null or MarcEncoding.Utf8;

    internal ReadOnlySpan<byte> Frame(int start, int length) => _buffer.AsSpan(start, length);

    internal MarcRecord ParseFrame(int start, int length, int index, long offset) =>
        Iso2709RecordParser.Parse(_buffer.AsSpan(start, length), index, offset, _options, _issues);

    /// <summary>Finds where the record starting at the current position ends.</summary>
    private int FrameRecord(long offset)
    {
        Ensure(5);
        var declared = Iso2709.ParseNumber(_buffer.AsSpan(_position, Math.Min(5, _length - _position)));
        if (declared >= Iso2709.LeaderLength && Ensure(declared) && _buffer[_position + declared - 1] == Iso2709.RecordTerminator)
        {
            return declared;
        }

        var frame = ScanForTerminator();
        var actual = frame < 0 ? Math.Min(_length - _position, MaxFrame) : frame;
        var message = frame < 0
            ? (vi: "Biểu ghi bị cắt cụt (hết tệp, không có ký tự kết thúc)", en: "Truncated record (end of file without a terminator)")
            : (vi: $"Độ dài biểu ghi ghi {declared}, thực tế {actual}", en: $"Record length says {declared}, actual {actual}");
        if (_options.Mode == MarcReadMode.Strict)
        {
            throw new MarcFormatException(message.en, _index, offset);
        }

        _issues.Add(Issues.Warn("record-length", message.vi, message.en) with { RecordIndex = _index, ByteOffset = offset });
        return actual;
    }

    private int ScanForTerminator()
    {
        var searched = 0;
        while (true)
        {
            var found = _buffer.AsSpan(_position + searched, _length - _position - searched).IndexOf(Iso2709.RecordTerminator);
            if (found >= 0)
            {
                return searched + found + 1;
            }

            searched = _length - _position;
            if (searched >= MaxFrame || !Ensure(searched + 1))
            {
                return -1;
            }
        }
    }

    /// <summary>
    /// A stray byte before the leader (cameleof.usmarc) shifts the whole leader; if the length at
    /// a small offset matches the frame, the record starts there.
    /// </summary>
    private static int LeaderShift(ReadOnlySpan<byte> frame)
    {
        if (frame.Length > Iso2709.LeaderLength && Iso2709.ParseNumber(frame[..5]) == frame.Length)
        {
            return 0;
        }

        for (var shift = 1; shift <= 8 && frame.Length - shift > Iso2709.LeaderLength; shift++)
        {
            if (Iso2709.ParseNumber(frame.Slice(shift, 5)) == frame.Length - shift)
            {
                return shift;
            }
        }

        return 0;
    }

    /// <summary>Between records, exporters leave newlines, NULs and ^Z; a record starts with a digit.</summary>
    private void SkipFiller()
    {
        long skipped = 0;
        var start = _bufferOffset + _position;
        while (Ensure(1))
        {
            var b = _buffer[_position];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                break;
            }

            if (_options.Mode == MarcReadMode.Strict)
            {
                throw new MarcFormatException($"Byte 0x{b:X2} where a record should start", _index, _bufferOffset + _position);
            }

            _position++;
            skipped++;
        }

        if (skipped > 0)
        {
            AddFileIssue(Issues.Warn("filler-skipped", $"Bỏ {skipped} byte giữa các biểu ghi", $"Skipped {skipped} byte(s) between records") with { RecordIndex = _index, ByteOffset = start });
        }
    }

    /// <summary>Makes sure <paramref name="count"/> bytes from the current position are in the buffer.</summary>
    private bool Ensure(int count)
    {
        while (_length - _position < count)
        {
            if (_endOfStream)
            {
                return false;
            }

            if (_position > 0)
            {
                Buffer.BlockCopy(_buffer, _position, _buffer, 0, _length - _position);
                _length -= _position;
                _bufferOffset += _position;
                _position = 0;
            }

            if (_length == _buffer.Length || count > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, count));
            }

            var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                _endOfStream = true;
            }

            _length += read;
        }

        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _stream.Dispose();
        }
    }
}
