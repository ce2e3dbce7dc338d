using System.Security.Claims;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.BuildingBlocks.Validation;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Rotation.Batches;
using LibraryIls.Circulation.Rotation.DeliveryNotes;
using LibraryIls.Circulation.Rotation.Usage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Rotation;

/// <summary>Rotation batches under /api/circulation/rotation: prepare, dispatch, receive, use, move on, take back, close.</summary>
internal static class RotationEndpoints
{
    public static void MapRotation(this RouteGroupBuilder circulation)
    {
        var rotation = circulation.MapGroup("/rotation").WithTags("Circulation: rotation")
            .RequireAuthorization(p => p.RequireRole(Roles.DeskStaff, Roles.Admin));
        var batches = rotation.MapGroup("/batches");

        batches.MapPost("/", async Task<Created<BatchResponse>> (CreateBatchRequest request, BatchSteps steps, ClaimsPrincipal staff,
                CancellationToken ct) =>
            {
                var batch = await steps.CreateAsync(request, staff, ct);
                return TypedResults.Created($"/api/circulation/rotation/batches/{batch.Id}", batch);
            })
            .ValidateRequest<CreateBatchRequest>().ProducesProblem(StatusCodes.Status409Conflict).WithName("CreateRotationBatch");

        batches.MapGet("/", async Task<Ok<List<BatchSummary>>> (string? siteCode, RotationState? state, CirculationDbContext db, RotationDesk desk,
                Organization.Contracts.IStaffSiteScope scope, ClaimsPrincipal staff, CancellationToken ct) =>
            {
                var allowed = (await scope.SitesAsync(staff, ct))?.ToList();
                var query = db.RotationBatches.AsNoTracking().Include(b => b.Stages).Include(b => b.Copies).AsSplitQuery().AsQueryable();
                if (allowed is not null) query = query.Where(b => allowed.Contains(b.SendingSiteId) || b.Stages.Any(s => allowed.Contains(s.DestinationSiteId)));
                if (siteCode is not null)
                {
                    var site = await desk.SiteAsync(siteCode, ct);
                    query = query.Where(b => b.SendingSiteId == site.Id || b.Stages.Any(s => s.DestinationSiteId == site.Id));
                }
                if (state is not null) query = query.Where(b => b.State == state);
                var list = new List<BatchSummary>();
                foreach (var b in await query.OrderByDescending(b => b.CreatedAt).Take(500).ToListAsync(ct))
                    list.Add(new BatchSummary(b.Id, b.Code, b.State, (await desk.SiteAsync(b.CurrentStage.DestinationSiteId, ct)).Code,
                        b.CurrentStage.Number, b.CopiesOut.Count(), b.PlannedFrom, b.CurrentStage.PlannedUntil));
                return TypedResults.Ok(list);
            })
            .WithName("ListRotationBatches");

        batches.MapGet("/{id:guid}", async Task<Ok<BatchResponse>> (Guid id, RotationDesk desk, BatchView view, ClaimsPrincipal staff,
                CancellationToken ct) => TypedResults.Ok(await view.DescribeAsync(await desk.LoadAsync(id, staff, orAtPoint: true, ct), ct)))
            .ProducesProblem(StatusCodes.Status404NotFound).WithName("GetRotationBatch");

        batches.MapPost("/{id:guid}/copies", async Task<Ok<AddCopiesResponse>> (Guid id, AddCopiesRequest request, BatchCopies copies,
                ClaimsPrincipal staff, CancellationToken ct) => TypedResults.Ok(await copies.AddAsync(id, request.RegistrationNumbers, staff, ct)))
            .ValidateRequest<AddCopiesRequest>().ProducesProblem(StatusCodes.Status409Conflict).WithName("AddCopiesToRotationBatch");

        batches.MapPost("/{id:guid}/copies/list", async Task<Ok<AddCopiesResponse>> (Guid id, HttpRequest http, BatchCopies copies,
                ClaimsPrincipal staff, CancellationToken ct) =>
            {
                using var reader = new StreamReader(http.Body);
                var text = await reader.ReadToEndAsync(ct);
                return TypedResults.Ok(await copies.UploadAsync(id, text, staff, ct));
            })
            .Accepts<string>("text/plain", "text/csv").ProducesProblem(StatusCodes.Status409Conflict).WithName("UploadRotationCopyList");

        batches.MapPost("/{id:guid}/copies/pick", async Task<Ok<AddCopiesResponse>> (Guid id, PickCopiesRequest request, BatchCopies copies,
                ClaimsPrincipal staff, CancellationToken ct) => TypedResults.Ok(await copies.PickAsync(id, request, staff, ct)))
            .ValidateRequest<PickCopiesRequest>().ProducesProblem(StatusCodes.Status409Conflict).WithName("PickRotationCopies");

        batches.MapDelete("/{id:guid}/copies/{registrationNumber}", async Task<Ok<BatchResponse>> (Guid id, string registrationNumber,
                BatchCopies copies, ClaimsPrincipal staff, CancellationToken ct) => TypedResults.Ok(await copies.RemoveAsync(id, registrationNumber, staff, ct)))
            .ProducesProblem(StatusCodes.Status409Conflict).WithName("RemoveRotationCopy");

        batches.MapPost("/{id:guid}/dispatch", async Task<Ok<BatchResponse>> (Guid id, BatchSteps steps, ClaimsPrincipal staff, CancellationToken ct) =>
                TypedResults.Ok(await steps.DispatchAsync(id, staff, ct)))
            .ProducesProblem(StatusCodes.Status409Conflict).WithName("DispatchRotationBatch");

        batches.MapPost("/{id:guid}/receive", async Task<Ok<BatchResponse>> (Guid id, ReceiveBatchRequest? request, BatchSteps steps,
                ClaimsPrincipal staff, CancellationToken ct) => TypedResults.Ok(await steps.ReceiveAsync(id, request ?? new ReceiveBatchRequest(), staff, ct)))
            .ProducesProblem(StatusCodes.Status409Conflict).WithName("ReceiveRotationBatch");

        batches.MapPost("/{id:guid}/in-use", async Task<Ok<BatchResponse>> (Guid id, BatchSteps steps, ClaimsPrincipal staff, CancellationToken ct) =>
                TypedResults.Ok(await steps.StartUseAsync(id, staff, ct)))
            .ProducesProblem(StatusCodes.Status409Conflict).WithName("StartRotationBatchUse");

        batches.MapPost("/{id:guid}/move-on", async Task<Ok<BatchResponse>> (Guid id, MoveOnRequest request, BatchSteps steps,
                ClaimsPrincipal staff, CancellationToken ct) => TypedResults.Ok(await steps.MoveOnAsync(id, request, staff, ct)))
            .ValidateRequest<MoveOnRequest>().ProducesProblem(StatusCodes.Status409Conflict).WithName("MoveRotationBatchOn");

        batches.MapPost("/{id:guid}/return", async Task<Ok<BatchResponse>> (Guid id, ReturnBatchRequest request, BatchSteps steps,
                ClaimsPrincipal staff, CancellationToken ct) => TypedResults.Ok(await steps.ReturnAsync(id, request, staff, ct)))
            .ValidateRequest<ReturnBatchRequest>().ProducesProblem(StatusCodes.Status409Conflict).WithName("ReturnRotationBatch");

        batches.MapPost("/{id:guid}/close", async Task<Ok<BatchResponse>> (Guid id, BatchSteps steps, ClaimsPrincipal staff, CancellationToken ct) =>
                TypedResults.Ok(await steps.CloseAsync(id, staff, ct)))
            .ProducesProblem(StatusCodes.Status409Conflict).WithName("CloseRotationBatch");

        batches.MapGet("/{id:guid}/delivery-note", async Task<FileContentHttpResult> (Guid id, string? format, int? stage, DeliveryNotes.DeliveryNotes notes,
                ClaimsPrincipal staff, CancellationToken ct) =>
            {
                var note = await notes.ForAsync(id, stage, staff, ct);
                var name = $"bien-ban-giao-nhan-{note.BatchCode}-{note.Stage}";
                return format?.ToLowerInvariant() == "xlsx"
                    ? TypedResults.File(DeliveryNoteXlsx.Write(note), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
                    : TypedResults.File(DeliveryNoteDocx.Write(note), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
            })
            .ProducesProblem(StatusCodes.Status404NotFound).WithName("RotationDeliveryNote");

        batches.MapPost("/{id:guid}/usage", async Task<Created<UsageReportResponse>> (Guid id, UsageReportRequest request, RotationDesk desk,
                UsageRecording recording, ClaimsPrincipal staff, CancellationToken ct) =>
            {
                var report = await recording.RecordAsync(await desk.LoadAsync(id, staff, orAtPoint: true, ct), request, staff, ct);
                return TypedResults.Created($"/api/circulation/rotation/batches/{id}/usage", report);
            })
            .ValidateRequest<UsageReportRequest>().ProducesProblem(StatusCodes.Status409Conflict).WithName("ReportRotationUsage");

        batches.MapGet("/{id:guid}/usage", async Task<Ok<List<UsageReportResponse>>> (Guid id, RotationDesk desk, CirculationDbContext db,
                ClaimsPrincipal staff, CancellationToken ct) =>
            {
                var batch = await desk.LoadAsync(id, staff, orAtPoint: true, ct);
                var list = new List<UsageReportResponse>();
                foreach (var r in await db.RotationUsage.AsNoTracking().Where(u => u.BatchId == id).OrderBy(u => u.PeriodFrom).ToListAsync(ct))
                    list.Add(UsageRecording.Describe(r, batch.Code, (await desk.SiteAsync(r.SiteId, ct)).Code));
                return TypedResults.Ok(list);
            })
            .WithName("RotationUsageReports");

        rotation.MapPost("/usage-imports", async Task<Ok<UsageImportResult>> (UsageImportRequest request, UsageImport import,
                ClaimsPrincipal staff, CancellationToken ct) => TypedResults.Ok(await import.RunAsync(request, staff, ct)))
            .ValidateRequest<UsageImportRequest>().ProducesProblem(StatusCodes.Status409Conflict).WithName("ImportRotationUsage");
    }
}
