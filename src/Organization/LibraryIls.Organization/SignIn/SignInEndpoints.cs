using System.Security.Claims;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Organization.Data;
using LibraryIls.Organization.Staff;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LibraryIls.Organization.SignIn;

public sealed record TokenRequest(string UserName, string Password);

public sealed record RefreshRequest(string RefreshToken);

internal static class SignInEndpoints
{
    private static readonly Bilingual WrongPassword = new(
        "Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong user name or password.");

    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in").AllowAnonymous();

        auth.MapPost("/token", async Task<Results<SignInHttpResult, ProblemHttpResult>> (
                TokenRequest request, OrganizationDbContext db, IPasswordHasher<StaffAccount> hasher, CancellationToken ct) =>
            {
                var userName = StaffAccount.NormalizeUserName(request.UserName ?? "");
                var account = await db.StaffAccounts.SingleOrDefaultAsync(s => s.UserName == userName && s.IsActive, ct);
                var verdict = account is null ? PasswordVerificationResult.Failed
                    : hasher.VerifyHashedPassword(account, account.PasswordHash, request.Password ?? "");
                if (account is null || verdict == PasswordVerificationResult.Failed) return Unauthorized();
                if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
                {
                    account.SetPasswordHash(hasher.HashPassword(account, request.Password!));
                    await db.SaveChangesAsync(ct);
                }
                return TypedResults.SignIn(PrincipalOf(account), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
            })
            .Produces<AccessTokenResponse>()
            .WithName("IssueToken");

        auth.MapPost("/refresh", async Task<Results<SignInHttpResult, ProblemHttpResult>> (
                RefreshRequest request, OrganizationDbContext db, IOptionsMonitor<BearerTokenOptions> options,
                TimeProvider clock, CancellationToken ct) =>
            {
                var ticket = options.Get(BearerTokenDefaults.AuthenticationScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
                if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
                    || !Guid.TryParse(ticket.Principal.FindFirstValue(StaffClaims.StaffId), out var staffId))
                    return Unauthorized();
                // Roles and sites are read again: a deactivated or re-assigned account gets no stale token.
                var account = await db.StaffAccounts.SingleOrDefaultAsync(s => s.Id == staffId && s.IsActive, ct);
                return account is null ? Unauthorized()
                    : TypedResults.SignIn(PrincipalOf(account), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
            })
            .Produces<AccessTokenResponse>()
            .WithName("RefreshToken");
    }

    private static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: WrongPassword.Current);

    private static ClaimsPrincipal PrincipalOf(StaffAccount account)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(StaffClaims.StaffId, account.Id.ToString()),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(account.SiteIds.Select(s => new Claim(StaffClaims.Site, s.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, BearerTokenDefaults.AuthenticationScheme));
    }
}
