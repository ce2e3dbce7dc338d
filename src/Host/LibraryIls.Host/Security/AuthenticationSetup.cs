using LibraryIls.BuildingBlocks.Data;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;

namespace LibraryIls.Host.Security;

internal static class AuthenticationSetup
{
    /// <summary>
    /// Staff sign in for a bearer token (ASP.NET Core's own bearer tokens, protected by Data Protection).
    /// Every endpoint needs a signed-in user unless it says AllowAnonymous.
    /// </summary>
    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services,
        IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database)
    {
        // Keys on disk beside the data, so tokens survive a restart; point all API nodes at one shared folder.
        var keys = configuration["DataProtection:KeysFolder"]
            ?? Path.Combine(environment.ContentRootPath, database.DataFolder, "keys");
        services.AddDataProtection().SetApplicationName("LibraryIls").PersistKeysToFileSystem(new DirectoryInfo(keys));
        services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme)
            .AddBearerToken(o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(9); // one desk shift
                o.RefreshTokenExpiration = TimeSpan.FromDays(7);
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
