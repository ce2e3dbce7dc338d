using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.BuildingBlocks.Validation;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Holds.Api;
using LibraryIls.Circulation.InHouse;
using LibraryIls.Circulation.Loans;
using LibraryIls.Circulation.Loans.CheckOut;
using LibraryIls.Circulation.Loans.Renew;
using LibraryIls.Circulation.Loans.Return;
using LibraryIls.Circulation.Offline;
using LibraryIls.Circulation.Transfers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Desk;

/// <summary>The lending desk: check out, return, renew, in-house use, holds and transfers.</summary>
internal static class DeskEndpoints
{
    public static void MapDesk(this RouteGroupBuilder circulation)
    {
        var desk = circulation.MapGroup("/").WithTags("Circulation: desk")
            .RequireAuthorization(p => p.RequireRole(Roles.DeskStaff, Roles.Admin));

        desk.MapPost("/loans", async Task<Created<LoanResponse>> (CheckOutRequest request,
                [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, CheckOutHandler handler, ClaimsPrincipal staff,
                CancellationToken ct) =>
            {
                var loan = await handler.Handle(request, string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim(), staff, ct);
                return TypedResults.Created($"/api/circulation/loans/{loan.Id}", loan);
            })
            .ValidateRequest<CheckOutRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("CheckOut");

        desk.MapGet("/loans/{id:guid}", async Task<Ok<LoanResponse>> (Guid id, CirculationDbContext db, DeskLookups lookups,
                CancellationToken ct) =>
            {
                var loan = await db.Loans.SingleOrDefaultAsync(l => l.Id == id, ct)
                    ?? throw NotFoundException.Of("lượt mượn", "Loan", id);
                return TypedResults.Ok(LoanResponse.From(loan, (await lookups.CopyByIdAsync(loan.CopyId, ct)).RegistrationNumber));
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetLoan");

        desk.MapPost("/returns", async Task<Ok<ReturnResponse>> (ReturnRequest request, ReturnHandler handler, ClaimsPrincipal staff,
                CancellationToken ct) => TypedResults.Ok(await handler.Handle(request, staff, ct)))
            .ValidateRequest<ReturnRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("Return");

        desk.MapPost("/loans/{id:guid}/renewals", async Task<Ok<LoanResponse>> (Guid id, RenewHandler handler, ClaimsPrincipal staff,
                CancellationToken ct) => TypedResults.Ok(await handler.Handle(id, staff, automatic: false, ct)))
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("Renew");

        desk.MapPost("/offline-batches", async Task<Ok<IReadOnlyList<OfflineResult>>> (OfflineBatchRequest request, OfflineBatch batch,
                ClaimsPrincipal staff, CancellationToken ct) => TypedResults.Ok(await batch.Apply(request, staff, ct)))
            .ValidateRequest<OfflineBatchRequest>()
            .WithName("UploadOfflineTransactions");

        desk.MapPost("/in-house-uses", async Task<Created<InHouseUseResponse>> (InHouseUseRequest request, InHouseUseHandler handler,
                ClaimsPrincipal staff, CancellationToken ct) =>
                TypedResults.Created("/api/circulation/in-house-uses", await handler.Handle(request, staff, ct)))
            .ValidateRequest<InHouseUseRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("RecordInHouseUse");

        desk.MapPost("/holds", async Task<Created<HoldResponse>> (PlaceHoldRequest request, HoldHandlers handlers, ClaimsPrincipal staff,
                CancellationToken ct) =>
            {
                var hold = await handlers.Place(request, staff, ct);
                return TypedResults.Created($"/api/circulation/holds/{hold.Id}", hold);
            })
            .ValidateRequest<PlaceHoldRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("PlaceHold");

        desk.MapDelete("/holds/{id:guid}", async Task<Ok<HoldResponse>> (Guid id, HoldHandlers handlers, CancellationToken ct) =>
                TypedResults.Ok(await handlers.Cancel(id, ct)))
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("CancelHold");

        desk.MapGet("/holds", async Task<Ok<IReadOnlyList<HoldResponse>>> (Guid recordId, HoldHandlers handlers, CancellationToken ct) =>
                TypedResults.Ok(await handlers.Queue(recordId, ct)))
            .WithName("HoldQueue");

        desk.MapPost("/transfers", async Task<Created<TransferResponse>> (SendTransferRequest request, TransferHandlers handlers,
                ClaimsPrincipal staff, CancellationToken ct) =>
            {
                var transfer = await handlers.Send(request, staff, ct);
                return TypedResults.Created($"/api/circulation/transfers/{transfer.Id}", transfer);
            })
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("SendTransfer");

        desk.MapPost("/transfers/receive", async Task<Ok<TransferResponse>> (ReceiveTransferRequest request, TransferHandlers handlers,
                ClaimsPrincipal staff, CancellationToken ct) => TypedResults.Ok(await handlers.Receive(request, staff, ct)))
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ReceiveTransfer");
    }
}
