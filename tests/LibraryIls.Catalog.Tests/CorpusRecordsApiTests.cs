using System.Net;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Records;
using static LibraryIls.Catalog.Tests.CatalogTestApi;

namespace LibraryIls.Catalog.Tests;

/// <summary>Records written by other systems (tests/corpus), not only by our own generator.</summary>
public sealed class CorpusRecordsApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_UTF8_records_from_other_systems_When_posted_as_ISO_2709_Then_they_read_back_byte_for_byte(string provider)
    {
        var api = await apis.For(provider);
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, await api.SiteAsync());
        var samples = Samples(5);
        samples.Count.ShouldBe(5, "the corpus should hold UTF-8 records the validator accepts");

        foreach (var bytes in samples)
        {
            var created = await cataloguer.PostAsync(RecordsPath, Iso(bytes));
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            var id = (await created.Content.ReadFromJsonAsync<RecordResponse>(TestJson.Options))!.Id;
            (await cataloguer.GetAsAsync($"{RecordsPath}/{id}", "application/marc")).ShouldBe(bytes);
        }
    }

    /// <summary>The first records in the corpus that are UTF-8 (leader/09 'a'), pass the validator and that our writer reproduces exactly.</summary>
    private static List<byte[]> Samples(int count)
    {
        var found = new List<byte[]>();
        var files = CatalogCorpus.Files(".mrc");
        foreach (var file in files)
        {
            var data = File.ReadAllBytes(file);
            var start = 0;
            for (var end = Array.IndexOf(data, (byte)0x1D); end > 0 && found.Count < count; start = end + 1, end = Array.IndexOf(data, (byte)0x1D, start))
            {
                var bytes = data[start..(end + 1)];
                if (bytes.Length < 25 || bytes[9] != (byte)'a') continue;
                using var reader = new Iso2709Reader(new MemoryStream(bytes));
                var record = reader.Read();
                if (record is null || record.Issues.Count > 0 || !new MarcValidator().Validate(record).IsValid) continue;
                if (Iso2709Writer.ToBytes(record).AsSpan().SequenceEqual(bytes)) found.Add(bytes);
            }
            if (found.Count >= count) break;
        }
        return found;
    }
}
