using System.Text;
using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Marc.Generation;
using LibraryIls.Catalog.Opac;
using LibraryIls.Catalog.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Tests.Opac;

/// <summary>Records and calls the OPAC tests share.</summary>
internal static class OpacTestData
{
    public static MarcRecord Titled(string title, string author = "Nguyễn Du", string ddc = "895.9223", string isbn = "978-604-1-23456-7")
    {
        var record = TestRecords.Novel(title, author, ddc, isbn);
        return record;
    }

    /// <summary>The same text in decomposed Unicode (combining marks), as some legacy exports write it.</summary>
    public static string Nfd(string text) => text.Normalize(NormalizationForm.FormD);

    public static async Task<OpacSearchResponse> SearchAsync(this HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/opac/search?{query}");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, $"{query}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<OpacSearchResponse>(TestJson.Options))!;
    }

    public static string Q(string text) => "q=" + Uri.EscapeDataString(text);

    /// <summary>Generated records with copies at two sites, some on loan: the same data on every engine.</summary>
    public static async Task<(string SiteA, string SiteB)> LoadGeneratedAsync(LibraryIlsApi api, int count)
    {
        var admin = await api.AdminAsync();
        var siteA = await api.SiteAsync();
        var siteB = await api.SiteAsync("District");
        var generator = new VietnameseRecordGenerator(seed: 77);
        for (var i = 0; i < count; i++)
        {
            var marc = generator.Next();
            marc.Fields.RemoveAll(f => f.Tag == "952");
            var record = await admin.CreateAsync(marc);
            if (i % 4 == 3) continue;
            var site = i % 3 == 0 ? siteB : siteA;
            var first = $"{Unique.Code("O")}.{i:D6}";
            var added = await admin.PostAsJsonAsync($"{CatalogTestApi.RecordsPath}/{record.Id}/copies/bulk",
                new { firstRegistrationNumber = first, count = 1 + i % 2, siteCode = site, location = "Lending",
                    itemType = i % 5 == 0 ? "BAO" : "SACH", acquiredOn = "2026-03-15", source = "Purchase", price = 85000 });
            added.EnsureSuccessStatusCode();
            if (i % 6 != 0) continue;
            // Lent out through Catalog's contract, as the desk does: the record has no copy on the shelf.
            var copyId = (await added.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>())[0].GetProperty("id").GetGuid();
            using var scope = api.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ICopyCatalog>().ChangeStatusAsync(copyId, CopyStatus.OnLoan, default);
        }
        return (siteA, siteB);
    }

    /// <summary>Seeds the demo network and catalogue only (later modules' demo data is theirs to test).</summary>
    public static async Task SeedDemoCatalogueAsync(LibraryIlsApi api)
    {
        using var scope = api.Services.CreateScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order)
                     .Where(s => s.GetType().Namespace!.StartsWith("LibraryIls.Organization", StringComparison.Ordinal)
                                 || s.GetType().Namespace!.StartsWith("LibraryIls.Catalog", StringComparison.Ordinal)))
            await seeder.SeedAsync(TextWriter.Null, default);
    }

    /// <summary>Deletes a record still at its first version, as a cataloguer does.</summary>
    public static async Task DeleteRecordAsync(this HttpClient client, Guid recordId)
    {
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"{CatalogTestApi.RecordsPath}/{recordId}");
        delete.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        (await client.SendAsync(delete)).StatusCode.ShouldBe(System.Net.HttpStatusCode.NoContent);
    }

    public static Task FlushAccessesAsync(this LibraryIlsApi api) => api.Services.GetRequiredService<OpacAccessLog>().FlushAsync(default);
}
