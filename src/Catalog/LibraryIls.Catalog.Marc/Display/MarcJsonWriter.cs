using System.Text.Encodings.Web;
using System.Text.Json;

namespace LibraryIls.Catalog.Marc;

/// <summary>
/// MARC-in-JSON (the format of pymarc, MARC::File::MiJ and yaz): a JSON array of
/// {"leader": "...", "fields": [{"001": "..."}, {"245": {"ind1", "ind2", "subfields": [{"a": "..."}]}}]}.
/// Vietnamese stays readable (no \u escapes for letters).
/// </summary>
public sealed class MarcJsonWriter : IMarcWriter
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Utf8JsonWriter _json;

    public MarcJsonWriter(Stream stream, bool leaveOpen = false)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false });
        _json.WriteStartArray();
    }

    public void Write(MarcRecord record)
    {
        _json.WriteStartObject();
        _json.WriteString("leader", record.Leader);
        _json.WriteStartArray("fields");
        foreach (var field in record.Fields)
        {
            _json.WriteStartObject();
            if (field is ControlField control)
            {
                _json.WriteString(control.Tag, control.Value);
            }
            else if (field is DataField data)
            {
                _json.WriteStartObject(data.Tag);
                _json.WriteStartArray("subfields");
                foreach (var subfield in data.Subfields)
                {
                    _json.WriteStartObject();
                    _json.WriteString(subfield.Code.ToString(), subfield.Value);
                    _json.WriteEndObject();
                }

                _json.WriteEndArray();
                for (var i = 0; i < data.Indicators.Length; i++)
                {
                    _json.WriteString($"ind{i + 1}", data.Indicators[i].ToString());
                }

                _json.WriteEndObject();
            }

            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        if (_json.BytesPending > 64 * 1024)
        {
            _json.Flush();
        }
    }

    public void Dispose()
    {
        _json.WriteEndArray();
        _json.Flush();
        _json.Dispose();
        _stream.Write("\n"u8);
        _stream.Flush();
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }
}
