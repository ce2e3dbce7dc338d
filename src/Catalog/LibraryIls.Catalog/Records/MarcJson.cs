using System.Text;
using System.Text.Json;
using LibraryIls.Catalog.Marc;

namespace LibraryIls.Catalog.Records;

/// <summary>
/// MARC-in-JSON both ways. The codec writes it (<see cref="MarcJsonWriter"/>) but has no reader yet,
/// so this reads one record object {"leader", "fields": [...]} (or an array holding one) back.
/// </summary>
internal static class MarcJson
{
    public static byte[] ToBytes(MarcRecord record)
    {
        using var memory = new MemoryStream();
        using (var writer = new MarcJsonWriter(memory, leaveOpen: true)) writer.Write(record);
        return memory.ToArray();
    }

    /// <summary>The record as a JSON object, to embed in a response.</summary>
    public static JsonElement ToElement(MarcRecord record)
    {
        using var document = JsonDocument.Parse(ToBytes(record));
        return document.RootElement[0].Clone();
    }

    public static MarcRecord Read(JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Array)
        {
            if (json.GetArrayLength() != 1) throw new MarcBodyException("Expected exactly one MARC-in-JSON record.");
            json = json[0];
        }
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("leader", out var leader) || leader.ValueKind != JsonValueKind.String)
            throw new MarcBodyException("A MARC-in-JSON record is an object with a \"leader\" string and a \"fields\" array.");
        var record = new MarcRecord(leader.GetString());
        if (!json.TryGetProperty("fields", out var fields)) return record;
        if (fields.ValueKind != JsonValueKind.Array) throw new MarcBodyException("\"fields\" must be an array.");
        foreach (var field in fields.EnumerateArray())
        {
            foreach (var property in field.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String)
                    record.AddControlField(property.Name, Nfc(property.Value.GetString()!));
                else if (property.Value.ValueKind == JsonValueKind.Object)
                    record.AddDataField(DataField(property.Name, property.Value));
                else throw new MarcBodyException($"Field {property.Name}: expected a string or an object.");
            }
        }
        return record;
    }

    private static DataField DataField(string tag, JsonElement value)
    {
        var indicators = new StringBuilder();
        for (var i = 1; value.TryGetProperty($"ind{i}", out var indicator); i++)
        {
            var text = indicator.GetString();
            indicators.Append(string.IsNullOrEmpty(text) ? ' ' : text[0]);
        }
        while (indicators.Length < 2) indicators.Append(' ');
        var field = new DataField(tag, indicators.ToString());
        if (value.TryGetProperty("subfields", out var subfields) && subfields.ValueKind == JsonValueKind.Array)
        {
            foreach (var subfield in subfields.EnumerateArray())
                foreach (var property in subfield.EnumerateObject())
                {
                    if (property.Name.Length != 1 || property.Value.ValueKind != JsonValueKind.String)
                        throw new MarcBodyException($"Field {tag}: a subfield is {{\"a\": \"text\"}}.");
                    field.Add(property.Name[0], Nfc(property.Value.GetString()!));
                }
        }
        return field;
    }

    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
