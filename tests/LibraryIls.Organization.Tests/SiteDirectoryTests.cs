using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Organization.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Organization.Tests;

/// <summary>
/// The other modules' one way to the site a request names (found whatever the case and spaces) or a stored row points to:
/// or a 404 in both languages.
/// </summary>
public sealed class SiteDirectoryTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Given_a_site_code_or_id_When_got_Then_the_site_is_found_as_typed_and_an_unknown_one_is_not_found()
    {
        var api = await apis.For(TestDatabases.Sqlite);
        var admin = await api.AdminAsync();
        var code = Unique.Code("H");
        (await admin.PostAsJsonAsync("/api/organization/sites", new { code, name = "Thư viện huyện " + code, level = "District", kind = "Library" }))
            .EnsureSuccessStatusCode();
        var sites = api.Services.GetRequiredService<ISiteDirectory>();

        var site = await sites.GetByCodeAsync($"  {code.ToLowerInvariant()} ", default);
        site.Code.ShouldBe(code);
        site.Name.ShouldBe("Thư viện huyện " + code);

        var missing = await Should.ThrowAsync<NotFoundException>(() => sites.GetByCodeAsync("KHONG-CO", default));
        missing.Text.Vi.ShouldBe("Không tìm thấy cơ sở 'KHONG-CO'.");
        missing.Text.En.ShouldBe("Site 'KHONG-CO' was not found.");

        (await sites.GetAsync(site.Id, default)).Code.ShouldBe(code);
        var gone = Guid.NewGuid();
        var missingById = await Should.ThrowAsync<NotFoundException>(() => sites.GetAsync(gone, default));
        missingById.Text.Vi.ShouldBe($"Không tìm thấy cơ sở '{gone}'.");
        missingById.Text.En.ShouldBe($"Site '{gone}' was not found.");
    }
}
