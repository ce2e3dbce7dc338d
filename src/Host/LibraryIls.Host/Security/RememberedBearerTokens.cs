using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace LibraryIls.Host.Security;

/// <summary>
/// Bearer tokens already read, remembered for a few minutes: a desk sends the same token with every scan, and reading it
/// means decrypting it, checking its MAC and rebuilding its claims each time. The bearer handler still checks the
/// token's expiry on every request, so an expired token is refused as before; each request gets its own copy of the
/// claims. A token stays readable without its key for at most <see cref="RememberFor"/> after the key is revoked.
/// </summary>
internal sealed class RememberedBearerTokens(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock)
    : ISecureDataFormat<AuthenticationTicket>
{
    internal static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(5);

    /// <summary>A busy province has a few hundred desks signed in; past this many tokens, the memory starts again.</summary>
    private const int MostTokens = 10_000;

    private readonly ConcurrentDictionary<string, (AuthenticationTicket Ticket, DateTimeOffset Until)> _read = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null) return inner.Unprotect(protectedText, purpose);
        var now = clock.GetUtcNow();
        if (_read.TryGetValue(protectedText, out var read) && read.Until > now) return Copy(read.Ticket);
        var ticket = inner.Unprotect(protectedText);
        if (ticket is null) return null;
        if (_read.Count >= MostTokens) _read.Clear();
        _read[protectedText] = (Copy(ticket), now + RememberFor);
        return ticket;
    }

    /// <summary>Claims and properties of its own for each request, so nothing one request does to them reaches another.</summary>
    private static AuthenticationTicket Copy(AuthenticationTicket ticket) =>
        new(new ClaimsPrincipal(ticket.Principal.Identities.Select(i => i.Clone())), ticket.Properties.Clone(), ticket.AuthenticationScheme);
}
