using System.Text;
using System.Text.Json;

namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>MARC-in-JSON agrees with yaz's golden marcN.json, field by field.</summary>
public class JsonFormatTests
{
    [Theory]
    [InlineData(0, MarcEncoding.Utf8)]
    [InlineData(1, MarcEncoding.Latin1)]
    [InlineData(5, MarcEncoding.Utf8)]
    [InlineData(6, MarcEncoding.Marc8)]
    [InlineData(9, MarcEncoding.Marc8)]
    public void Given_a_yaz_fixture_When_written_as_json_Then_the_fields_equal_the_yaz_golden(int n, MarcEncoding charset)
    {
        var dir = Corpus.PathOf("yaz/test/marc-files");
        var record = Corpus.Read(Path.Combine(dir, $"marc{n}.marc"), new MarcReadOptions { ForceEncoding = charset }).Single();
        var output = new MemoryStream();
        using (var writer = new MarcJsonWriter(output, leaveOpen: true))
        {
            writer.Write(record);
        }

        using var ours = JsonDocument.Parse(output.ToArray());
        using var golden = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, $"marc{n}.json")));

        Fields(ours.RootElement[0]).ShouldBe(Fields(golden.RootElement));
    }

    /// <summary>Every name and value of the "fields" array in document order, NFC.</summary>
    private static List<string> Fields(JsonElement record)
    {
        var tokens = new List<string>();
        Walk(record.GetProperty("fields"), tokens);
        return tokens;
    }

    private static void Walk(JsonElement element, List<string> tokens)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, tokens);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    tokens.Add(property.Name.Normalize(NormalizationForm.FormC));
                    Walk(property.Value, tokens);
                }

                break;
            default:
                tokens.Add(element.ToString().Normalize(NormalizationForm.FormC));
                break;
        }
    }
}
