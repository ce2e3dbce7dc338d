using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace LibraryIls.Organization.Tests;

public sealed class SignInApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_wrong_password_When_signing_in_Then_401_without_saying_which_part_was_wrong(string provider)
    {
        var client = (await apis.For(provider)).Anonymous();
        var wrong = await client.PostAsJsonAsync("/api/auth/token", new { userName = LibraryIlsApi.AdminUser, password = "sai-mat-khau" });
        var nobody = await client.PostAsJsonAsync("/api/auth/token", new { userName = "khong.co.ai", password = "sai-mat-khau" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        nobody.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Title(wrong)).ShouldBe(await Title(nobody));
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_refresh_token_When_refreshed_Then_a_new_access_token_works(string provider)
    {
        var client = (await apis.For(provider)).Anonymous();
        var token = await (await client.PostAsJsonAsync("/api/auth/token",
            new { userName = LibraryIlsApi.AdminUser, password = LibraryIlsApi.Password })).Content.ReadFromJsonAsync<JsonElement>();
        var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token.GetProperty("refreshToken").GetString() });
        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var access = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        (await client.GetAsync("/api/organization/sites")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var forged = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "not-a-token" });
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_an_admin_When_staff_is_opened_with_a_weak_password_or_taken_name_Then_400_and_409(string provider)
    {
        var admin = await (await apis.For(provider)).AdminAsync();
        var weak = await admin.PostAsJsonAsync("/api/organization/staff",
            new { userName = "yeu", fullName = "Yếu", password = "123", roles = new[] { "Admin" }, siteCodes = Array.Empty<string>() });
        weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await weak.Content.ReadAsStringAsync()).ShouldContain("Password");
        var taken = await admin.PostAsJsonAsync("/api/organization/staff",
            new { userName = LibraryIlsApi.AdminUser, fullName = "Trùng", password = LibraryIlsApi.Password, roles = new[] { "Admin" }, siteCodes = Array.Empty<string>() });
        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await taken.Content.ReadAsStringAsync()).ShouldContain("USER_NAME_TAKEN");
    }

    private static async Task<string?> Title(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();
}
