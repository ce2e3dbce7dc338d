using System.Net;
using System.Text.Json;

namespace LibraryIls.Host.Tests;

/// <summary>Bad input is a 400 with the reason, a broken rule a 409 with a code, in Vietnamese unless asked for English.</summary>
public sealed class ErrorResponseTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Given_malformed_json_When_posted_Then_400_with_a_reason_not_500()
    {
        var admin = await (await apis.For(TestDatabases.Sqlite)).AdminAsync();
        var response = await admin.PostAsync("/api/organization/sites",
            new StringContent("{\"code\": ", System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await Problem(response);
        problem.GetProperty("code").GetString().ShouldBe("BAD_REQUEST");
        problem.GetProperty("title").GetString()!.ShouldContain("định dạng");
    }

    [Fact]
    public async Task Given_missing_fields_When_a_site_is_created_Then_400_lists_each_field()
    {
        var admin = await (await apis.For(TestDatabases.Sqlite)).AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/organization/sites", new { code = "bad code!", name = "", level = "Province", kind = "Library" });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Problem(response)).GetProperty("errors");
        errors.TryGetProperty("Code", out _).ShouldBeTrue();
        errors.TryGetProperty("Name", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_taken_code_When_a_site_is_created_again_Then_409_with_a_stable_code_in_both_languages()
    {
        var admin = await (await apis.For(TestDatabases.Sqlite)).AdminAsync();
        var site = new { code = Unique.Code("DUP"), name = "Thư viện", level = "Province", kind = "Library" };
        (await admin.PostAsJsonAsync("/api/organization/sites", site)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var vietnamese = await admin.PostAsJsonAsync("/api/organization/sites", site);
        vietnamese.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var vi = await Problem(vietnamese);
        vi.GetProperty("code").GetString().ShouldBe("SITE_CODE_TAKEN");
        vi.GetProperty("title").GetString()!.ShouldContain("đã được dùng");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/organization/sites") { Content = JsonContent.Create(site) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = await Problem(await admin.SendAsync(request));
        english.GetProperty("title").GetString()!.ShouldContain("already in use");
    }

    [Fact]
    public async Task Given_an_unknown_site_When_asked_for_Then_404_problem()
    {
        var admin = await (await apis.For(TestDatabases.Sqlite)).AdminAsync();
        var response = await admin.GetAsync("/api/organization/sites/KHONG-CO");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Problem(response)).GetProperty("code").GetString().ShouldBe("NOT_FOUND");
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
