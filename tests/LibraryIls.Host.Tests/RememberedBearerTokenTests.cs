using System.Net;
using System.Security.Claims;
using LibraryIls.Host.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LibraryIls.Host.Tests;

/// <summary>A desk's token is read once and remembered; remembering it changes nothing a desk can observe.</summary>
public sealed class RememberedBearerTokenTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Given_a_token_used_and_remembered_When_its_shift_is_over_Then_it_is_refused()
    {
        var api = await apis.For(TestDatabases.Sqlite);
        api.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(BearerTokenDefaults.AuthenticationScheme)
            .BearerTokenProtector.ShouldBeOfType<RememberedBearerTokens>();
        var admin = await api.AdminAsync();
        (await admin.GetAsync("/api/organization/sites")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/api/organization/sites")).StatusCode.ShouldBe(HttpStatusCode.OK);
        api.Clock.Advance(TimeSpan.FromHours(9) + TimeSpan.FromMinutes(1));
        (await admin.GetAsync("/api/organization/sites")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void Given_a_token_read_once_When_read_again_Then_it_is_not_decrypted_again_and_each_reader_gets_its_own_claims()
    {
        var clock = new AdjustableClock();
        var inner = new CountingFormat();
        var tokens = new RememberedBearerTokens(inner, clock);

        var first = tokens.Unprotect("desk-token")!;
        var second = tokens.Unprotect("desk-token")!;

        inner.Reads.ShouldBe(1);
        second.Principal.ShouldNotBeSameAs(first.Principal);
        second.Principal.FindFirst(ClaimTypes.Name)!.Value.ShouldBe("thu.thu");
        second.Properties.ExpiresUtc.ShouldBe(first.Properties.ExpiresUtc);
        clock.Advance(RememberedBearerTokens.RememberFor);
        tokens.Unprotect("desk-token").ShouldNotBeNull();
        inner.Reads.ShouldBe(2);
    }

    [Fact]
    public void Given_an_unreadable_token_When_read_twice_Then_it_is_refused_both_times_and_not_remembered()
    {
        var inner = new CountingFormat();
        var tokens = new RememberedBearerTokens(inner, new AdjustableClock());
        tokens.Unprotect("forged").ShouldBeNull();
        tokens.Unprotect("forged").ShouldBeNull();
        inner.Reads.ShouldBe(2);
    }

    /// <summary>Reads "desk-token" as a desk librarian's ticket and nothing else, counting the reads.</summary>
    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        public int Reads { get; private set; }

        public string Protect(AuthenticationTicket data) => throw new NotSupportedException();

        public string Protect(AuthenticationTicket data, string? purpose) => throw new NotSupportedException();

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Reads++;
            return protectedText != "desk-token" ? null : new AuthenticationTicket(
                new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "thu.thu")], "BearerToken")),
                new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(9) }, "BearerToken");
        }
    }
}
