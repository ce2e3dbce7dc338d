using System.Net;

namespace LibraryIls.Host.Tests;

public sealed class HealthTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_fresh_database_When_the_API_starts_Then_it_is_migrated_and_ready(string provider)
    {
        var client = (await apis.For(provider)).Anonymous();
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_the_API_When_Swagger_is_asked_Then_the_document_lists_the_endpoints()
    {
        var client = (await apis.For(TestDatabases.Sqlite)).Anonymous();
        var document = await client.GetStringAsync("/swagger/v1/swagger.json");
        document.ShouldContain("/api/organization/sites");
        document.ShouldContain("/api/auth/token");
        (await client.GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
