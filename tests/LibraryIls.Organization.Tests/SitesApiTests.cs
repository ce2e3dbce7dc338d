using System.Net;
using LibraryIls.Organization.Sites;

namespace LibraryIls.Organization.Tests;

public sealed class SitesApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_province_When_districts_and_communes_are_added_Then_they_are_listed_with_levels(string provider)
    {
        var admin = await (await apis.For(provider)).AdminAsync();
        var province = Unique.Code("TINH");
        var district = Unique.Code("HUYEN");
        (await admin.PostAsJsonAsync("/api/organization/sites", new SiteRequestBody(province, "Thư viện tỉnh", "Province", "Library"))).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/organization/sites", new SiteRequestBody(district, "Thư viện huyện Trà Ôn", "District", "Library", province))).EnsureSuccessStatusCode();
        var created = await admin.PostAsJsonAsync("/api/organization/sites",
            new SiteRequestBody(Unique.Code("DLC"), "Đồn Biên phòng", "Commune", "RotationPoint", district, "BorderPost", true));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var point = (await created.Content.ReadFromJsonAsync<SiteResponse>(TestJson.Options))!;
        point.PointKind.ShouldBe(Contracts.RotationPointKind.BorderPost);
        point.IsRural.ShouldBeTrue();

        var all = await admin.GetFromJsonAsync<List<SiteResponse>>("/api/organization/sites", TestJson.Options);
        all.ShouldNotBeNull();
        all.Single(s => s.Code == district).Level.ShouldBe(Contracts.SiteLevel.District);
        all.Single(s => s.Code == point.Code).ParentId.ShouldBe(all.Single(s => s.Code == district).Id);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_district_When_moved_under_its_own_commune_Then_409_cycle(string provider)
    {
        var admin = await (await apis.For(provider)).AdminAsync();
        var district = Unique.Code("H");
        var commune = Unique.Code("X");
        (await admin.PostAsJsonAsync("/api/organization/sites", new SiteRequestBody(district, "Huyện", "District", "Library"))).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/organization/sites", new SiteRequestBody(commune, "Xã", "District", "Library", district))).EnsureSuccessStatusCode();
        var response = await admin.PutAsJsonAsync($"/api/organization/sites/{district}",
            new SiteRequestBody(district, "Huyện", "District", "Library", commune));
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("SITE_PARENT_CYCLE");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_an_unknown_parent_When_a_site_is_created_Then_409(string provider)
    {
        var admin = await (await apis.For(provider)).AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/organization/sites",
            new SiteRequestBody(Unique.Code("X"), "Xã", "Commune", "Library", "KHONG-CO"));
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("PARENT_SITE_NOT_FOUND");
    }

    internal sealed record SiteRequestBody(string Code, string Name, string Level, string Kind, string? ParentCode = null,
        string? PointKind = null, bool IsRural = false);
}
