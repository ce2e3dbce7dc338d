namespace LibraryIls.Catalog.Marc;

/// <summary>Lets the format be recognised from stdin, which cannot seek: the peeked bytes are replayed.</summary>
internal sealed class PeekableStream(Stream inner, bool leaveOpen) : Stream
{
    private byte[] _peeked = [];
    private int _peekPosition;

    public ReadOnlySpan<byte> Peek(int count)
    {
        var buffer = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            var read = inner.Read(buffer, filled, count - filled);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        _peeked = buffer[..filled];
        return _peeked;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_peekPosition < _peeked.Length)
        {
            var n = Math.Min(buffer.Length, _peeked.Length - _peekPosition);
            _peeked.AsSpan(_peekPosition, n).CopyTo(buffer);
            _peekPosition += n;
            return n;
        }

        return inner.Read(buffer);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
