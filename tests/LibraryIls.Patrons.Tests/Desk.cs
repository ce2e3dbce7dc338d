using System.Net;
using LibraryIls.Patrons.Readers;

namespace LibraryIls.Patrons.Tests;

/// <summary>What the Patrons API tests set up again and again: sites (as admin) and readers (at a desk).</summary>
internal static class Desk
{
    public static async Task<string> SiteAsync(HttpClient admin, string level = "Province", string? parent = null,
        bool rural = false, string kind = "Library")
    {
        var code = Unique.Code(level[..1]);
        (await admin.PostAsJsonAsync("/api/organization/sites",
            new { code, name = $"Thư viện {code}", level, kind, parentCode = parent, isRural = rural })).EnsureSuccessStatusCode();
        return code;
    }

    public static ReaderRequest Reader(string siteCode, string? name = null, string category = "NGUOI_LON",
        string? citizenId = null, DateOnly? born = null) =>
        new(name ?? $"Nguyễn Văn {Guid.NewGuid().ToString("N")[..6]}", born ?? new DateOnly(1990, 5, 17), Gender.Male,
            category, siteCode, citizenId, "0901234567", null, "12 Lê Lợi", "Xã Hòa Bình", "Huyện Trà Ôn", true);

    public static async Task<ReaderResponse> CreateReaderAsync(HttpClient desk, ReaderRequest request)
    {
        var response = await desk.PostAsJsonAsync("/api/patrons/readers", request);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ReaderResponse>(TestJson.Options))!;
    }

    public static async Task<ReaderResponse> IssueCardAsync(HttpClient desk, Guid readerId)
    {
        var response = await desk.PostAsJsonAsync($"/api/patrons/readers/{readerId}/cards", new { });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ReaderResponse>(TestJson.Options))!;
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(TestJson.Options))!;
    }
}
