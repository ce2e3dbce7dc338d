using LibraryIls.Testing.ReportingData;

namespace LibraryIls.Reporting.Tests;

/// <summary>
/// A small provincial network made through the API: province, two districts, their communes, two rotation
/// points and the van. <see cref="Sites"/> holds what the sites view publishes for each.
/// </summary>
public sealed record ReportingNetwork(string Province, string District1, string District2, IReadOnlyList<GeneratedSite> Sites,
    IReadOnlyDictionary<string, string?> Parents)
{
    /// <summary>The site and every site below it, from the parents the test itself gave.</summary>
    public IReadOnlySet<Guid> Subtree(string code)
    {
        bool Below(string? c) => c is not null && (c == code || Below(Parents[c]));
        return Sites.Where(s => Below(s.Code)).Select(s => s.Id).ToHashSet();
    }

    public GeneratedSite Site(string code) => Sites.Single(s => s.Code == code);

    public static async Task<ReportingNetwork> CreateAsync(LibraryIlsApi api)
    {
        var admin = await api.AdminAsync();
        var p = Unique.Code("TINH");
        var d1 = Unique.Code("HUYEN1");
        var d2 = Unique.Code("HUYEN2");
        var requests = new object[]
        {
            new { code = p, name = "Thư viện tỉnh thử nghiệm", level = "Province", kind = "Library", parentCode = (string?)null },
            new { code = d1, name = "Thư viện huyện Long Hồ", level = "District", kind = "Library", parentCode = p },
            new { code = d2, name = "Thư viện huyện Mang Thít", level = "District", kind = "Library", parentCode = p, isRural = true },
            new { code = Unique.Code("XA1"), name = "Thư viện xã Phước Hậu", level = "Commune", kind = "Library", parentCode = d1, isRural = true },
            new { code = Unique.Code("XA2"), name = "Phòng đọc xã An Phước", level = "Commune", kind = "ReadingRoom", parentCode = d2, isRural = true },
            new { code = Unique.Code("LC1"), name = "Trường THCS Long Phước", level = "Commune", kind = "RotationPoint", parentCode = d1, pointKind = "School", isRural = true },
            new { code = Unique.Code("LC2"), name = "Đồn biên phòng Mỹ Thạnh", level = "District", kind = "RotationPoint", parentCode = d2, pointKind = "BorderPost", isRural = true },
            new { code = Unique.Code("XE"), name = "Xe thư viện lưu động", level = "Province", kind = "MobileVan", parentCode = p },
        };
        var sites = new List<GeneratedSite>();
        var parents = new Dictionary<string, string?>();
        foreach (var request in requests)
        {
            var response = await admin.PostAsJsonAsync("/api/organization/sites", request);
            response.EnsureSuccessStatusCode();
            var site = (await response.Content.ReadFromJsonAsync<SiteBody>(TestJson.Options))!;
            sites.Add(new GeneratedSite(site.Id, site.Code, site.Level, site.Kind, site.PointKind, site.IsRural));
            parents[site.Code] = (string?)request.GetType().GetProperty("parentCode")!.GetValue(request);
        }
        return new ReportingNetwork(p, d1, d2, sites, parents);
    }

    private sealed record SiteBody(Guid Id, string Code, string Level, string Kind, string? PointKind, bool IsRural);
}
