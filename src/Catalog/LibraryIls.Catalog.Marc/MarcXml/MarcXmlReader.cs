using System.Xml;

namespace LibraryIls.Catalog.Marc;

/// <summary>
/// Streaming MARCXML reader: a &lt;collection&gt;, a single &lt;record&gt;, or records wrapped in
/// something else (OAI-PMH). Records in the MARC21 slim namespace or in no namespace are read.
/// A file that stops being well-formed XML ends the reading; the records before it are kept.
/// </summary>
public sealed class MarcXmlReader : MarcReaderBase
{
    private readonly XmlReader _xml;
    private readonly MarcReadOptions _options;
    private int _index;
    private bool _finished;

    public MarcXmlReader(Stream stream, MarcReadOptions? options = null, bool leaveOpen = false)
    {
        _options = options ?? MarcReadOptions.Default;
        _xml = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            CloseInput = !leaveOpen,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        });
    }

    public static MarcXmlReader Open(string path, MarcReadOptions? options = null) =>
        new(File.OpenRead(path), options);

    public override MarcRecord? Read()
    {
        if (_finished)
        {
            return null;
        }

        try
        {
            var advance = true;
            while (!advance || _xml.Read())
            {
                advance = true;
                if (_xml.NodeType == XmlNodeType.Element && _xml.LocalName == "record" && IsMarcNamespace(_xml.NamespaceURI))
                {
                    if (ReadRecord() is { } record)
                    {
                        return record;
                    }

                    // A wrapper's <record> (OAI-PMH without namespaces): look inside, from the node we stopped on.
                    advance = false;
                }
            }
        }
        catch (XmlException ex)
        {
            _finished = true;
            if (_options.Mode == MarcReadMode.Strict)
            {
                throw new MarcFormatException($"XML not well-formed at line {ex.LineNumber}: {ex.Message}", _index, -1, ex);
            }

            AddFileIssue(Issues.Error(
                "xml-not-well-formed",
                $"XML hỏng ở dòng {ex.LineNumber}; dừng đọc, giữ {_index} biểu ghi đã đọc",
                $"XML not well-formed at line {ex.LineNumber}; reading stopped, {_index} record(s) kept") with { RecordIndex = _index });
        }

        _finished = true;
        return null;
    }

    private static bool IsMarcNamespace(string ns) => ns.Length == 0 || ns == MarcXmlWriter.Namespace;

    /// <summary>Reads a MARC record, or returns null (positioned on its first child) when the element is something else's record.</summary>
    private MarcRecord? ReadRecord()
    {
        var record = new MarcRecord("") { Index = _index, ByteOffset = -1 };
        var marcContent = false;
        string? leader = null;
        if (_xml.IsEmptyElement)
        {
            _index++;
            return Finish(record, leader);
        }

        var depth = _xml.Depth;
        _xml.Read();
        while (!_xml.EOF && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.NodeType != XmlNodeType.Element)
            {
                _xml.Read();
                continue;
            }

            // The Read*/Skip calls below leave the reader on the node after the element.
            var name = _xml.LocalName;
            if (!marcContent && name is not ("leader" or "controlfield" or "datafield"))
            {
                return null;
            }

            marcContent = true;
            switch (name)
            {
                case "leader":
                    leader = _xml.ReadElementContentAsString();
                    break;
                case "controlfield":
                    var tag = _xml.GetAttribute("tag") ?? "";
                    record.Fields.Add(new ControlField(tag, TextNormalizer.ToNfc(_xml.ReadElementContentAsString())));
                    break;
                case "datafield":
                    record.Fields.Add(ReadDataField());
                    break;
                default:
                    _xml.Skip();
                    break;
            }
        }

        _index++;
        return Finish(record, leader);
    }

    private DataField ReadDataField()
    {
        var tag = _xml.GetAttribute("tag") ?? "";
        var indicators = string.Concat(_xml.GetAttribute("ind1") ?? " ", _xml.GetAttribute("ind2") ?? " ");
        if (_xml.GetAttribute("ind3") is { } third)
        {
            indicators += third;
        }

        var field = new DataField(tag, indicators);
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return field;
        }

        var depth = _xml.Depth;
        _xml.Read();
        while (!_xml.EOF && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.NodeType == XmlNodeType.Element && _xml.LocalName == "subfield")
            {
                var code = _xml.GetAttribute("code") is { Length: > 0 } c ? c[0] : ' ';
                field.Subfields.Add(new Subfield(code, TextNormalizer.ToNfc(_xml.ReadElementContentAsString())));
            }
            else if (_xml.NodeType == XmlNodeType.Element)
            {
                _xml.Skip();
            }
            else
            {
                _xml.Read();
            }
        }

        _xml.Read();
        return field;
    }

    private static MarcRecord Finish(MarcRecord record, string? leader)
    {
        if (leader is null || leader.Length != 24)
        {
            record.Issues.Add(Issues.Warn(
                "leader-length",
                $"Đầu biểu dài {leader?.Length ?? 0} ký tự thay vì 24; đã sửa",
                $"Leader is {leader?.Length ?? 0} characters instead of 24; repaired") with { RecordIndex = record.Index });
            leader = (leader ?? MarcRecord.DefaultLeader).PadRight(24)[..24];
        }

        record.DeclaredCharacterCoding = leader[9];

        // XML text is Unicode: the leader says so, whatever it said before.
        record.Leader = string.Concat(leader.AsSpan(0, 9), "a", leader.AsSpan(10));
        return record;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _xml.Dispose();
        }
    }
}
