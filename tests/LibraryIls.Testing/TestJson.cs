using System.Text.Json;
using System.Text.Json.Serialization;

namespace LibraryIls.Testing;

/// <summary>The API's JSON conventions (camelCase, enums as names) for reading responses in tests.</summary>
public static class TestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
