using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Organization.Contracts;
using LibraryIls.Organization.Sites;

namespace LibraryIls.Organization.Tests;

public sealed class SiteRulesTests
{
    private static Site District() => Site.Create("h-lh", "Thư viện huyện Long Hồ", SiteLevel.District, SiteKind.Library, null, null, false, null);

    [Fact]
    public void Given_a_code_and_a_decomposed_name_When_created_Then_code_is_upper_case_and_name_NFC()
    {
        var site = Site.Create("x-ph", "Thư viện xã Phước Hậu".Normalize(System.Text.NormalizationForm.FormD),
            SiteLevel.Commune, SiteKind.Library, District(), null, true, null);
        site.Code.ShouldBe("X-PH");
        site.Name.ShouldBe("Thư viện xã Phước Hậu".Normalize());
        site.Name.IsNormalized().ShouldBeTrue();
    }

    [Fact]
    public void Given_a_commune_parent_When_a_district_is_placed_under_it_Then_refused()
    {
        var commune = Site.Create("X", "Xã", SiteLevel.Commune, SiteKind.Library, null, null, true, null);
        Should.Throw<RuleViolationException>(() =>
                Site.Create("H", "Huyện", SiteLevel.District, SiteKind.Library, commune, null, false, null))
            .Code.ShouldBe("SITE_PARENT_LEVEL_BELOW");
    }

    [Fact]
    public void Given_a_library_When_given_a_rotation_point_kind_Then_refused()
    {
        Should.Throw<RuleViolationException>(() => Site.Create("S", "Trường", SiteLevel.Commune, SiteKind.Library,
            District(), RotationPointKind.School, true, null)).Code.ShouldBe("POINT_KIND_ONLY_FOR_ROTATION_POINTS");
    }

    [Fact]
    public void Given_a_site_When_made_its_own_parent_Then_refused()
    {
        var site = District();
        Should.Throw<RuleViolationException>(() => site.Change(site.Name, site.Level, site.Kind, site, null, false, null))
            .Code.ShouldBe("SITE_PARENT_IS_ITSELF");
    }
}
