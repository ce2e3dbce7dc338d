using System.Security.Claims;
using FluentValidation;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.BuildingBlocks.Validation;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Privacy;
using LibraryIls.Patrons.Readers;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.OnlineSignIn;

/// <summary>The desk gives a reader a PIN; with card number and PIN the reader signs in online to see and renew loans.</summary>
public sealed record PinRequest(string Pin);

public sealed record ReaderTokenRequest(string CardNumber, string Pin);

internal sealed class PinRequestValidator : AbstractValidator<PinRequest>
{
    public PinRequestValidator() => RuleFor(r => r.Pin).NotEmpty().MaximumLength(12);
}

internal static class ReaderSignInEndpoints
{
    private static readonly Bilingual WrongPin = new(
        "Số thẻ hoặc mã PIN không đúng.", "Wrong card number or PIN.");

    private static readonly Bilingual Locked = new(
        $"Nhập sai mã PIN quá {ReaderPin.MaxFailures} lần; hãy thử lại sau {ReaderPin.LockFor.TotalMinutes:0} phút.",
        $"Too many wrong PINs ({ReaderPin.MaxFailures}); try again in {ReaderPin.LockFor.TotalMinutes:0} minutes.");

    /// <summary>Desk side, under /api/patrons: set or reset a reader's PIN (the reader chooses it at the desk).</summary>
    public static void MapReaderPins(this RouteGroupBuilder patrons) =>
        patrons.MapPut("/cards/{number}/pin", async Task<NoContent> (string number, PinRequest request, ClaimsPrincipal user,
                ReaderDesk desk, PatronsDbContext db, IPasswordHasher<ReaderPin> hasher, AuditTrail audit, TimeProvider clock,
                CancellationToken ct) =>
            {
                ReaderPin.EnsureAcceptable(request.Pin);
                var reader = await desk.ReaderByCardAsync(number, user, ct);
                var pin = await db.ReaderPins.SingleOrDefaultAsync(p => p.ReaderId == reader.Id, ct);
                if (pin is null) db.ReaderPins.Add(pin = ReaderPin.For(reader.Id));
                pin.Set(hasher.HashPassword(pin, request.Pin), clock.GetUtcNow().UtcDateTime);
                audit.Record(reader.Id, user, AuditTrail.PinSet);
                await db.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .ValidateRequest<PinRequest>().ForDesk()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound)
            .WithTags("Patrons").WithName("SetReaderPin");

    /// <summary>Reader side: anonymous sign-in for a bearer token carrying the Reader role and the reader's id.</summary>
    public static void MapReaderSignIn(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/readers/auth/token", async Task<Results<SignInHttpResult, ProblemHttpResult>> (ReaderTokenRequest request,
                PatronsDbContext db, IPasswordHasher<ReaderPin> hasher, TimeProvider clock, CancellationToken ct) =>
            {
                var number = (request.CardNumber ?? "").Trim();
                var card = await db.Cards.AsNoTracking()
                    .Where(c => c.Number == number && c.State != CardState.Replaced && c.State != CardState.Cancelled)
                    .Select(c => new { c.ReaderId, c.Number }).SingleOrDefaultAsync(ct);
                var pin = card is null ? null : await db.ReaderPins.SingleOrDefaultAsync(p => p.ReaderId == card.ReaderId, ct);
                if (card is null || pin is null) return Problem(StatusCodes.Status401Unauthorized, WrongPin);
                var now = clock.GetUtcNow().UtcDateTime;
                if (pin.IsLocked(now)) return Problem(StatusCodes.Status429TooManyRequests, Locked);
                if (hasher.VerifyHashedPassword(pin, pin.Hash, request.Pin ?? "") == PasswordVerificationResult.Failed)
                {
                    pin.Failed(now);
                    await db.SaveChangesAsync(ct);
                    return Problem(pin.IsLocked(now) ? StatusCodes.Status429TooManyRequests : StatusCodes.Status401Unauthorized,
                        pin.IsLocked(now) ? Locked : WrongPin);
                }
                pin.Succeeded();
                await db.SaveChangesAsync(ct);
                var identity = new ClaimsIdentity([
                    new Claim(ClaimTypes.Name, card.Number),
                    new Claim(ClaimTypes.Role, Roles.Reader),
                    new Claim(ReaderClaims.ReaderId, card.ReaderId.ToString()),
                ], BearerTokenDefaults.AuthenticationScheme);
                return TypedResults.SignIn(new ClaimsPrincipal(identity), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
            })
            .AllowAnonymous().Produces<AccessTokenResponse>()
            .WithTags("Readers online").WithName("IssueReaderToken");

    private static ProblemHttpResult Problem(int status, Bilingual title) => TypedResults.Problem(statusCode: status, title: title.Current);
}
