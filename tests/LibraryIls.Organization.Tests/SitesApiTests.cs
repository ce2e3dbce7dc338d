using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_border_post_in_a_disadvantaged_area_When_Reporting_reads_the_sites_view_Then_level_kind_and_flags_are_published(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var district = Unique.Code("HUYEN");
        var point = Unique.Code("DBP");
        (await admin.PostAsJsonAsync("/api/organization/sites", new SiteRequestBody(district, "Thư viện huyện", "District", "Library"))).EnsureSuccessStatusCode();
        var created = await admin.PostAsJsonAsync("/api/organization/sites",
            new SiteRequestBody(point, "Đồn Biên phòng Tân Hòa", "Commune", "RotationPoint", district, "BorderPost", true, true));
        (await created.Content.ReadFromJsonAsync<SiteResponse>(TestJson.Options))!.IsDisadvantagedArea.ShouldBeTrue();

        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.OrganizationDbContext>();
        // Fixed text per engine (schema on PostgreSQL), never input.
        var sql = provider == TestDatabases.Postgres
            ? "SELECT * FROM organization.rpt_organization_sites_v1 WHERE \"Code\" = {0}"
            : "SELECT * FROM rpt_organization_sites_v1 WHERE \"Code\" = {0}";
        var row = await db.Database.SqlQueryRaw<Contracts.SiteRowV1>(sql, point).SingleAsync();
        row.ShouldBe(row with { Name = "Đồn Biên phòng Tân Hòa", Level = "Commune", Kind = "RotationPoint", PointKind = "BorderPost", IsRural = true, IsDisadvantagedArea = true });
        var parent = await db.Database.SqlQueryRaw<Contracts.SiteRowV1>(sql, district).SingleAsync();
        row.ParentId.ShouldBe(parent.SiteId);
    }

    internal sealed record SiteRequestBody(string Code, string Name, string Level, string Kind, string? ParentCode = null,
        string? PointKind = null, bool IsRural = false, bool IsDisadvantagedArea = false);
}
