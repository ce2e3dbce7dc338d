using System.Security.Claims;
using LibraryIls.BuildingBlocks.Validation;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Readers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Cards;

internal static class CardEndpoints
{
    public static void MapCards(this RouteGroupBuilder patrons)
    {
        patrons.MapPost("/readers/{id:guid}/cards", async Task<Created<ReaderResponse>> (Guid id, CardSiteRequest? request,
                ClaimsPrincipal user, CardDesk cards, CancellationToken ct) =>
            {
                var reader = await cards.Issue(id, request?.SiteCode, user, ct);
                return TypedResults.Created($"/api/patrons/cards/{reader.CurrentCard!.Number}", ReaderResponse.From(reader));
            })
            .ForDesk().WithTags("Patrons: cards").ProducesProblem(StatusCodes.Status409Conflict).WithName("IssueCard");

        var cards = patrons.MapGroup("/cards").WithTags("Patrons: cards");

        cards.MapGet("/{number}", async Task<Ok<ReaderCardStatus>> (string number, ClaimsPrincipal user, ReaderDesk desk,
                IReaderCardStatus status, CancellationToken ct) =>
            {
                await desk.ReaderByCardAsync(number, user, ct);
                return TypedResults.Ok((await status.FindByCardNumberAsync(number, ct))!);
            })
            .ForReading().ProducesProblem(StatusCodes.Status404NotFound).WithName("GetCardStatus");

        // The printed card carries its number as a QR code the desk and gate scanners read.
        cards.MapGet("/{number}/qr", async Task<FileContentHttpResult> (string number, ClaimsPrincipal user, ReaderDesk desk,
                CancellationToken ct) =>
            {
                await desk.ReaderByCardAsync(number, user, ct);
                using var generator = new QRCoder.QRCodeGenerator();
                using var data = generator.CreateQrCode(number.Trim(), QRCoder.QRCodeGenerator.ECCLevel.M);
                return TypedResults.File(new QRCoder.PngByteQRCode(data).GetGraphic(8), "image/png", $"{number.Trim()}.png");
            })
            .ForDesk().ProducesProblem(StatusCodes.Status404NotFound).WithName("CardQrCode");

        cards.MapPost("/{number}/renewals", async Task<Ok<ReaderResponse>> (string number, CardSiteRequest? request,
                ClaimsPrincipal user, CardDesk desk, CancellationToken ct) =>
                TypedResults.Ok(ReaderResponse.From(await desk.Renew(number, request?.SiteCode, user, ct))))
            .ForDesk().ProducesProblem(StatusCodes.Status409Conflict).WithName("RenewCard");

        cards.MapPost("/{number}/replacement", async Task<Ok<ReaderResponse>> (string number, CardReasonRequest request,
                ClaimsPrincipal user, CardDesk desk, CancellationToken ct) =>
                TypedResults.Ok(ReaderResponse.From(await desk.Replace(number, request.Reason, request.SiteCode, user, ct))))
            .ValidateRequest<CardReasonRequest>().ForDesk().ProducesProblem(StatusCodes.Status409Conflict).WithName("ReplaceCard");

        cards.MapPost("/{number}/block", async Task<Ok<ReaderResponse>> (string number, CardReasonRequest request,
                ClaimsPrincipal user, CardDesk desk, CancellationToken ct) =>
                TypedResults.Ok(ReaderResponse.From(await desk.Block(number, request.Reason, user, ct))))
            .ValidateRequest<CardReasonRequest>().ForDesk().ProducesProblem(StatusCodes.Status409Conflict).WithName("BlockCard");

        cards.MapPost("/{number}/unblock", async Task<Ok<ReaderResponse>> (string number, ClaimsPrincipal user, CardDesk desk,
                CancellationToken ct) => TypedResults.Ok(ReaderResponse.From(await desk.Unblock(number, user, ct))))
            .ForDesk().ProducesProblem(StatusCodes.Status409Conflict).WithName("UnblockCard");

        patrons.MapPost("/card-expiry", async Task<Ok<CardExpiryResponse>> (CardExpiry expiry, CancellationToken ct) =>
                TypedResults.Ok(new CardExpiryResponse(await expiry.Run(ct))))
            .ForAdmin().WithTags("Patrons: cards").WithName("ExpireCardsNow");

        var patterns = patrons.MapGroup("/card-number-patterns").WithTags("Patrons: cards");
        patterns.MapGet("/{siteCode}", async Task<Ok<CardNumberPatternResponse>> (string siteCode, ClaimsPrincipal user,
                ReaderDesk desk, PatronsDbContext db, CancellationToken ct) =>
            {
                var site = await desk.SiteAsync(siteCode, user, ct);
                var pattern = await db.CardNumberPatterns.AsNoTracking().SingleOrDefaultAsync(p => p.SiteId == site.Id, ct)
                    ?? CardNumberPattern.For(site.Id);
                return TypedResults.Ok(new CardNumberPatternResponse(site.Code, pattern.Pattern, pattern.NextSequence));
            })
            .ForReading().WithName("GetCardNumberPattern");
        patterns.MapPut("/{siteCode}", async Task<Ok<CardNumberPatternResponse>> (string siteCode, CardNumberPatternRequest request,
                ClaimsPrincipal user, ReaderDesk desk, PatronsDbContext db, CancellationToken ct) =>
            {
                var site = await desk.SiteAsync(siteCode, user, ct);
                var pattern = await db.CardNumberPatterns.SingleOrDefaultAsync(p => p.SiteId == site.Id, ct);
                if (pattern is null) db.CardNumberPatterns.Add(pattern = CardNumberPattern.For(site.Id));
                pattern.Change(request.Pattern);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(new CardNumberPatternResponse(site.Code, pattern.Pattern, pattern.NextSequence));
            })
            .ValidateRequest<CardNumberPatternRequest>().ForAdmin().WithName("ChangeCardNumberPattern");
    }
}

public sealed record CardExpiryResponse(int Expired);
