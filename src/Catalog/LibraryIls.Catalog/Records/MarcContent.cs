using System.Buffers;
using System.Text.Json;
using LibraryIls.Catalog.Marc;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LibraryIls.Catalog.Records;

/// <summary>A request body that is not one MARC record in the format its Content-Type names: answered as 400.</summary>
internal sealed class MarcBodyException(string message) : Exception(message);

internal sealed record MarcBody(MarcRecord Record, int? Version);

/// <summary>The three MARC representations the record endpoints speak, chosen by Content-Type and Accept.</summary>
internal static class MarcContent
{
    public const string MarcXml = "application/marcxml+xml";
    public const string Iso2709 = "application/marc";
    public const string Json = "application/json";

    private static readonly string[] XmlTypes = [MarcXml, "application/xml", "text/xml"];

    /// <summary>
    /// Reads exactly one record from the body; the reader's repairs come back as the record's issues.
    /// A JSON body is MARC-in-JSON itself or {"version": 3, "marc": {…}} carrying the version it edits.
    /// </summary>
    public static async Task<MarcBody> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var type = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value ?? "" : "";
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        body.Position = 0;
        if (body.Length == 0) throw new MarcBodyException("The request has no MARC record in its body.");
        try
        {
            if (type.Equals(Json, StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
            {
                using var json = await JsonDocument.ParseAsync(body, cancellationToken: ct);
                var root = json.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("marc", out var marc))
                {
                    int? version = root.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : null;
                    return new MarcBody(MarcJson.Read(marc), version);
                }
                return new MarcBody(MarcJson.Read(root), null);
            }
            IMarcReader reader = XmlTypes.Contains(type, StringComparer.OrdinalIgnoreCase)
                ? new MarcXmlReader(body, leaveOpen: true)
                : type.Equals(Iso2709, StringComparison.OrdinalIgnoreCase) || type.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)
                    ? new Iso2709Reader(body, leaveOpen: true)
                    : throw new MarcBodyException($"Content-Type '{type}' is not one of {Json}, {MarcXml}, {Iso2709}.");
            using (reader)
            {
                var record = reader.Read();
                var fileErrors = reader.FileIssues.Where(i => i.Severity == IssueSeverity.Error).ToList();
                if (record is null || fileErrors.Count > 0)
                    throw new MarcBodyException(fileErrors.Count > 0 ? fileErrors[0].MessageEn : "The body holds no MARC record.");
                if (reader.Read() is not null) throw new MarcBodyException("The body holds more than one record; send one at a time.");
                return new MarcBody(record, null);
            }
        }
        catch (JsonException ex)
        {
            throw new MarcBodyException($"The body is not JSON: {ex.Message}");
        }
        catch (MarcFormatException ex)
        {
            throw new MarcBodyException(ex.Message);
        }
    }

    /// <summary>The representation the Accept header asks for: MARCXML, ISO 2709, or null for the JSON response.</summary>
    public static string? Negotiate(HttpRequest request)
    {
        foreach (var accept in request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1))
        {
            var type = accept.MediaType.Value ?? "";
            if (XmlTypes.Contains(type, StringComparer.OrdinalIgnoreCase)) return MarcXml;
            if (type.Equals(Iso2709, StringComparison.OrdinalIgnoreCase)) return Iso2709;
            if (type.Equals(Json, StringComparison.OrdinalIgnoreCase) || type == "*/*") return null;
        }
        return null;
    }

    public static byte[] Write(MarcRecord record, string mediaType) =>
        mediaType == Iso2709 ? Iso2709Writer.ToBytes(record) : System.Text.Encoding.UTF8.GetBytes(MarcXmlWriter.ToXml(record));

    /// <summary>
    /// How the record is kept in the database: MARC-in-JSON, which holds any character losslessly, as an array of the one record
    /// (what the codec's file writer writes, without its closing newline). Written into a buffer each thread keeps, so the
    /// record's text is the one string made: an import makes one per record, and a stream, its copy and a trimmed copy of the
    /// text would be a large part of everything it allocates.
    /// </summary>
    public static string ToStored(MarcRecord record)
    {
        var buffer = t_stored ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var json = t_storedJson ??= new Utf8JsonWriter(buffer, MarcJsonWriter.Options);
        json.Reset(buffer);
        json.WriteStartArray();
        MarcJsonWriter.WriteObject(json, record);
        json.WriteEndArray();
        json.Flush();
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_stored;
    [ThreadStatic] private static Utf8JsonWriter? t_storedJson;

    public static MarcRecord FromStored(string stored)
    {
        using var json = JsonDocument.Parse(stored);
        return MarcJson.Read(json.RootElement);
    }
}
