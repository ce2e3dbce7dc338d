using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Host.Tests;

/// <summary>Only the public surface answers without a token; everything else is 401 for a stranger.</summary>
public sealed class EndpointSecurityTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    /// <summary>The public surface (issue 2): health, sign-in, OPAC, OAI-PMH, online registration.</summary>
    private static readonly Regex Public = new(
        "^/(health(/ready)?|api/auth/(token|refresh)|api/readers/auth/token|api/opac(/.*)?|oai|api/patrons/registrations(/.*)?)$");

    [Fact]
    public async Task Given_no_token_When_any_staff_endpoint_is_called_Then_401()
    {
        var api = await apis.For(TestDatabases.Sqlite);
        var endpoints = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.Count.ShouldBeGreaterThan(5);
        var client = api.Anonymous();
        var checkedCount = 0;
        foreach (var endpoint in endpoints)
        {
            var path = "/" + Regex.Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), "{[^}]+}", "x1");
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (anonymous)
            {
                Public.IsMatch(path).ShouldBeTrue($"{path} is open to anyone but is not on the public list");
                continue;
            }
            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                var response = await client.SendAsync(request);
                response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{method} {path}");
                checkedCount++;
            }
        }
        checkedCount.ShouldBeGreaterThan(3);
    }

    [Fact]
    public async Task Given_a_desk_token_When_an_admin_endpoint_is_called_Then_403()
    {
        var api = await apis.For(TestDatabases.Sqlite);
        var admin = await api.AdminAsync();
        var code = Unique.Code("T");
        (await admin.PostAsJsonAsync("/api/organization/sites",
            new { code, name = "Thư viện thử", level = "Province", kind = "Library" })).EnsureSuccessStatusCode();
        var desk = await api.StaffAsync("DeskStaff", code);
        var response = await desk.PostAsJsonAsync("/api/organization/sites",
            new { code = Unique.Code("T"), name = "Không được tạo", level = "Province", kind = "Library" });
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await desk.GetAsync("/api/organization/staff")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
