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
        _json = new Utf8JsonWriter(stream, Options);
        _json.WriteStartArray();
    }

    /// <summary>How every MARC-in-JSON of this codec is written: compact, Vietnamese letters as they are.</summary>
    public static JsonWriterOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public void Write(MarcRecord record)
    {
        WriteObject(_json, record);
        if (_json.BytesPending > 64 * 1024)
        {
            _json.Flush();
        }
    }

    /// <summary>
    /// One record as a JSON object onto any JSON writer (the catalogue stores each record so, one at a time). Subfield
    /// codes and indicators are written from their characters, not from a string made for each.
    /// </summary>
    public static void WriteObject(Utf8JsonWriter json, MarcRecord record)
    {
        Span<char> one = stackalloc char[1];
        json.WriteStartObject();
        json.WriteString("leader", record.Leader);
        json.WriteStartArray("fields");
        foreach (var field in record.Fields)
        {
            json.WriteStartObject();
            if (field is ControlField control)
            {
                json.WriteString(control.Tag, control.Value);
            }
            else if (field is DataField data)
            {
                json.WriteStartObject(data.Tag);
                json.WriteStartArray("subfields");
                foreach (var subfield in data.Subfields)
                {
                    json.WriteStartObject();
                    one[0] = subfield.Code;
                    json.WriteString(one, subfield.Value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                for (var i = 0; i < data.Indicators.Length; i++)
                {
                    one[0] = data.Indicators[i];
                    json.WriteString(i < IndicatorNames.Length ? IndicatorNames[i] : $"ind{i + 1}", one);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static readonly string[] IndicatorNames = ["ind1", "ind2"];

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
