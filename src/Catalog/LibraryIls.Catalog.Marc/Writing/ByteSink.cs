using System.Buffers;
using System.Text;

namespace LibraryIls.Catalog.Marc;

/// <summary>A reusable output buffer: writers fill it with UTF-8 and flush it in large blocks.</summary>
internal sealed class ByteSink(Stream stream, bool leaveOpen) : IDisposable
{
    private const int FlushAt = 128 * 1024;
    private static readonly SearchValues<byte> XmlSpecial = SearchValues.Create("&<>\"\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);
    private byte[] _buffer = new byte[FlushAt * 2];
    private int _length;

    public int Length => _length;

    public Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        return _buffer.AsSpan(_length, count);
    }

    public void Advance(int count) => _length += count;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
    }

    public void Write(byte b)
    {
        Reserve(1)[0] = b;
        _length++;
    }

    public void WriteUtf8(string text)
    {
        var written = Encoding.UTF8.GetBytes(text, Reserve(Encoding.UTF8.GetMaxByteCount(text.Length)));
        _length += written;
    }

    /// <summary>UTF-8 with XML escaping; characters XML 1.0 cannot carry become U+FFFD.</summary>
    public void WriteXmlText(string text)
    {
        var start = _length;
        WriteUtf8(text);
        var written = _buffer.AsSpan(start, _length - start);
        var special = written.IndexOfAny(XmlSpecial);
        if (special < 0)
        {
            return;
        }

        // Rare: re-emit the tail with entities.
        var tail = written[special..].ToArray();
        _length = start + special;
        foreach (var b in tail)
        {
            switch (b)
            {
                case (byte)'&': Write("&amp;"u8); break;
                case (byte)'<': Write("&lt;"u8); break;
                case (byte)'>': Write("&gt;"u8); break;
                case (byte)'"': Write("&quot;"u8); break;
                case 0x09 or 0x0A or 0x0D: Write(b); break;
                case < 0x20: Write("\uFFFD"u8); break;
                default: Write(b); break;
            }
        }
    }

    /// <summary>Hands the buffer to the stream once it is big enough; call between records.</summary>
    public void FlushIfFull()
    {
        if (_length >= FlushAt)
        {
            Flush();
        }
    }

    public void Flush()
    {
        stream.Write(_buffer, 0, _length);
        _length = 0;
    }

    public void Truncate(int length) => _length = length;

    public Span<byte> Written(int from) => _buffer.AsSpan(from, _length - from);

    public void Dispose()
    {
        Flush();
        stream.Flush();
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }
}
