using LibraryIls.Reporting.Annual;

namespace LibraryIls.Reporting.Tests;

/// <summary>Calls of the reporting endpoints the tests share.</summary>
public static class ReportingApi
{
    public static async Task<AnnualReportResponse> AnnualAsync(this HttpClient client, int year, string? site = null)
    {
        var response = await client.GetAsync($"/api/reporting/annual/{year}" + (site is null ? "" : $"?site={site}"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AnnualReportResponse>(TestJson.Options))!;
    }

    /// <summary>The figures staff enter in the fixture: at the province and inside it at one district (population nested).</summary>
    public static readonly Func<ReportingNetwork, IReadOnlyList<EnteredInput>> Inputs = n =>
    [
        new(2025, n.Province, "digitisation.pages", 12_000), new(2025, n.Province, "digitisation.documents", 310),
        new(2025, n.Province, "digitisation.collections", 2), new(2025, n.Province, "privateLibraries.count", 3),
        new(2025, n.Province, "communityLibraries.count", 5), new(2025, n.Province, "population.total", 1_000_000),
        new(2025, n.Province, "population.pupils", 180_000), new(2025, n.Province, "population.rural", 700_000),
        new(2025, n.District1, "digitisation.pages", 500), new(2025, n.District1, "population.total", 200_000),
        new(2025, n.District1, "population.pupils", 30_000), new(2025, n.District1, "population.rural", 150_000),
        new(2024, n.Province, "digitisation.pages", 9_000), new(2024, n.Province, "population.total", 990_000),
        new(2024, n.Province, "population.pupils", 175_000), new(2024, n.Province, "population.rural", 690_000),
        new(2024, n.District1, "population.total", 198_000),
    ];

    public static async Task EnterInputsAsync(this HttpClient admin, IReadOnlyList<EnteredInput> inputs)
    {
        foreach (var group in inputs.GroupBy(i => (i.Year, i.SiteCode)))
        {
            var response = await admin.PutAsJsonAsync($"/api/reporting/inputs/{group.Key.Year}",
                new { siteCode = group.Key.SiteCode, values = group.ToDictionary(i => i.Key, i => i.Value) });
            response.EnsureSuccessStatusCode();
        }
    }
}
