namespace LibraryIls.Catalog.Marc;

/// <summary>
/// Streaming MARCXML writer (http://www.loc.gov/MARC21/slim). Writes UTF-8 bytes directly with
/// its own escaping: faster than XmlWriter, which matters for whole-catalogue exports.
/// </summary>
public sealed class MarcXmlWriter : IMarcWriter
{
    public const string Namespace = "http://www.loc.gov/MARC21/slim";

    private static readonly byte[][] IndicatorNames = [.. Enumerable.Range(1, 9).Select(i => System.Text.Encoding.ASCII.GetBytes($" ind{i}=\""))];
    private readonly ByteSink _sink;
    private readonly bool _collection;
    private bool _started;

    /// <param name="collection">True: a &lt;collection&gt; of records; false: one bare &lt;record&gt;.</param>
    public MarcXmlWriter(Stream stream, bool collection = true, bool leaveOpen = false)
    {
        _sink = new ByteSink(stream, leaveOpen);
        _collection = collection;
    }

    public static string ToXml(MarcRecord record)
    {
        using var memory = new MemoryStream();
        using (var writer = new MarcXmlWriter(memory, collection: false, leaveOpen: true))
        {
            writer.Write(record);
        }

        return System.Text.Encoding.UTF8.GetString(memory.ToArray());
    }

    public void Write(MarcRecord record)
    {
        Start();
        _sink.Write(_collection ? "<record>\n  <leader>"u8 : "<record xmlns=\"http://www.loc.gov/MARC21/slim\">\n  <leader>"u8);
        _sink.WriteXmlText(record.Leader);
        _sink.Write("</leader>\n"u8);
        foreach (var field in record.Fields)
        {
            if (field is ControlField control)
            {
                _sink.Write("  <controlfield tag=\""u8);
                _sink.WriteXmlText(control.Tag);
                _sink.Write("\">"u8);
                _sink.WriteXmlText(control.Value);
                _sink.Write("</controlfield>\n"u8);
            }
            else if (field is DataField data)
            {
                _sink.Write("  <datafield tag=\""u8);
                _sink.WriteXmlText(data.Tag);
                _sink.Write((byte)'"');
                for (var i = 0; i < data.Indicators.Length && i < IndicatorNames.Length; i++)
                {
                    _sink.Write(IndicatorNames[i]);
                    WriteChar(data.Indicators[i]);
                    _sink.Write((byte)'"');
                }

                _sink.Write(">\n"u8);
                foreach (var subfield in data.Subfields)
                {
                    _sink.Write("    <subfield code=\""u8);
                    WriteChar(subfield.Code);

                    _sink.Write("\">"u8);
                    _sink.WriteXmlText(subfield.Value);
                    _sink.Write("</subfield>\n"u8);
                }

                _sink.Write("  </datafield>\n"u8);
            }
        }

        _sink.Write("</record>\n"u8);
        _sink.FlushIfFull();
    }

    /// <summary>
    /// Writes a clean UTF-8 ISO 2709 record straight from its bytes; false (nothing written) when
    /// the record needs the full path. See <see cref="VerbatimMarcXml"/>.
    /// </summary>
    internal bool TryWriteVerbatim(ReadOnlySpan<byte> iso2709Record)
    {
        if (!_collection)
        {
            return false;
        }

        Start();
        if (!VerbatimMarcXml.TryWrite(iso2709Record, _sink))
        {
            return false;
        }

        _sink.FlushIfFull();
        return true;
    }

    /// <summary>Indicators and subfield codes are almost always a letter, a digit or a blank: no string needed.</summary>
    private void WriteChar(char c)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or ' ' or >= 'A' and <= 'Z')
        {
            _sink.Write((byte)c);
        }
        else
        {
            _sink.WriteXmlText(c.ToString());
        }
    }

    private void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        _sink.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8);
        if (_collection)
        {
            _sink.Write("<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n"u8);
        }
    }

    public void Dispose()
    {
        if (_collection)
        {
            Start();
            _sink.Write("</collection>\n"u8);
        }

        _sink.Dispose();
    }
}
