using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;

namespace LibraryIls.Host.Security;

internal static class AuthenticationSetup
{
    /// <summary>
    /// Staff sign in for a bearer token (ASP.NET Core's own bearer tokens, protected by Data Protection).
    /// Every endpoint needs a signed-in staff member unless it says AllowAnonymous or names the Reader role.
    /// </summary>
    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services,
        IConfiguration configuration, DatabaseOptions database)
    {
        // Keys on disk beside the data, so tokens survive a restart; point all API nodes at one shared folder.
        var keys = KeysFolder(configuration, database);
        services.AddDataProtection().SetApplicationName("LibraryIls").PersistKeysToFileSystem(new DirectoryInfo(keys));
        services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme)
            .AddBearerToken(o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(9); // one desk shift
                o.RefreshTokenExpiration = TimeSpan.FromDays(7);
            });
        // After AddBearerToken's own set-up has made the data-protection reader that this one wraps.
        services.AddOptions<BearerTokenOptions>(BearerTokenDefaults.AuthenticationScheme).PostConfigure<TimeProvider>((o, clock) =>
            o.BearerTokenProtector = new RememberedBearerTokens(o.BearerTokenProtector, clock));
        // Signed in is not enough: a reader's token (role Reader) reaches only the endpoints that ask for that role.
        var staff = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Roles.All).Build();
        services.AddAuthorizationBuilder().SetDefaultPolicy(staff).SetFallbackPolicy(staff);
        return services;
    }

    /// <summary>DataProtection:KeysFolder, a relative one under the data folder; by default "keys" there.</summary>
    public static string KeysFolder(IConfiguration configuration, DatabaseOptions database) =>
        Path.GetFullPath(Path.Combine(database.DataFolder, configuration["DataProtection:KeysFolder"] is { Length: > 0 } configured ? configured : "keys"));
}
