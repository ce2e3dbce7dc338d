using System.Text;

namespace LibraryIls.Catalog.Marc;

/// <summary>Writes records in the human "line" format, a blank line after each record.</summary>
public sealed class MarcLineWriter(Stream stream, bool leaveOpen = false) : IMarcWriter
{
    private readonly ByteSink _sink = new(stream, leaveOpen);
    private readonly StringBuilder _text = new();

    public void Write(MarcRecord record)
    {
        _text.Clear();
        DisplayFormat.AppendLines(_text, record);
        _text.Append('\n');
        _sink.WriteUtf8(_text.ToString());
        _sink.FlushIfFull();
    }

    public void Dispose() => _sink.Dispose();
}
