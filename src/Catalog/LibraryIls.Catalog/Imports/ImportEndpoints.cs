using System.Globalization;
using System.Security.Claims;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Imports;

/// <summary>Staged MARC import under /api/catalog/imports: upload, follow, look at the staged records, commit, undo, download rejects.</summary>
internal static class ImportEndpoints
{
    private const long MaxUpload = 4L * 1024 * 1024 * 1024;

    public static void MapImports(this RouteGroupBuilder catalog)
    {
        var imports = catalog.MapGroup("/imports").WithTags("Catalog: MARC import");

        imports.MapPost("/", async Task<Accepted<ImportBatchResponse>> (HttpRequest request, ClaimsPrincipal user, ImportRequests requests,
                ImportFiles files, ImportWorker worker, TimeProvider clock, CancellationToken ct) =>
            {
                if (!request.HasFormContentType) throw Invalid("file", "Gửi tệp MARC dạng multipart/form-data, trường 'file'.", "Send the MARC file as multipart/form-data, field 'file'.");
                var form = await request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault()
                    ?? throw Invalid("file", "Thiếu tệp MARC (trường 'file').", "The MARC file (field 'file') is missing.");
                var settings = Settings(form);
                var batch = await requests.OpenAsync(settings, file.FileName, async id =>
                {
                    await using var content = file.OpenReadStream();
                    return await files.SaveAsync(id, content, ct);
                }, user, user.Identity?.Name ?? "?", ct);
                worker.Enqueue(batch.Id);
                return TypedResults.Accepted($"/api/catalog/imports/{batch.Id}", ImportBatchResponse.From(batch, clock.GetUtcNow()));
            })
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxUpload))
            .WithFormOptions(multipartBodyLengthLimit: MaxUpload)
            .RequireAuthorization(CatalogPolicies.Cataloguers)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("StageMarcImport");

        imports.MapGet("/", async (CatalogDbContext db, TimeProvider clock, CancellationToken ct, int take = 50) =>
                TypedResults.Ok((await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct))
                    .Select(b => ImportBatchResponse.From(b, clock.GetUtcNow())).ToList()))
            .WithName("ListImportBatches");

        imports.MapGet("/{id:guid}", async (Guid id, ImportRequests requests, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(ImportBatchResponse.From(await requests.FindAsync(id, ct), clock.GetUtcNow())))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetImportBatch");

        imports.MapGet("/{id:guid}/records", async (Guid id, CatalogDbContext db, CancellationToken ct, string? status = null, int skip = 0, int take = 100) =>
            {
                var query = db.StagedRecords.AsNoTracking().Where(s => s.BatchId == id);
                if (Enum.TryParse<StagedRecordStatus>(status, ignoreCase: true, out var wanted)) query = query.Where(s => s.Status == wanted);
                var page = await query.OrderBy(s => s.Index).Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 1, 1000)).ToListAsync(ct);
                return TypedResults.Ok(page.Select(StagedRecordResponse.From).ToList());
            })
            .WithName("ListStagedRecords");

        imports.MapPost("/{id:guid}/commit", async Task<Accepted<ImportBatchResponse>> (Guid id, ImportRequests requests, ImportWorker worker,
                TimeProvider clock, CancellationToken ct) =>
            {
                var batch = await requests.CommitAsync(id, ct);
                worker.Enqueue(id);
                return TypedResults.Accepted($"/api/catalog/imports/{id}", ImportBatchResponse.From(batch, clock.GetUtcNow()));
            })
            .RequireAuthorization(CatalogPolicies.Cataloguers)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CommitImportBatch");

        imports.MapPost("/{id:guid}/undo", async Task<Accepted<ImportBatchResponse>> (Guid id, ImportRequests requests, BatchUndo undo,
                ImportWorker worker, TimeProvider clock, CancellationToken ct) =>
            {
                var batch = await requests.UndoAsync(id, undo, ct);
                worker.Enqueue(id);
                return TypedResults.Accepted($"/api/catalog/imports/{id}", ImportBatchResponse.From(batch, clock.GetUtcNow()));
            })
            .RequireAuthorization(CatalogPolicies.Cataloguers)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UndoImportBatch");

        imports.MapGet("/{id:guid}/rejects", async Task<EmptyHttpResult> (Guid id, HttpResponse response, ImportRequests requests, CatalogDbContext db,
                CancellationToken ct) =>
            {
                var batch = await requests.FindAsync(id, ct);
                response.ContentType = "application/marc";
                response.Headers.ContentDisposition = $"attachment; filename=\"rejects-{batch.Source.ToLowerInvariant()}-{id:N}.mrc\"";
                await Rejects.WriteAsync(db, id, response.Body, ct);
                return TypedResults.Empty;
            })
            .Produces(StatusCodes.Status200OK, contentType: "application/marc")
            .WithName("DownloadImportRejects");

        imports.MapGet("/{id:guid}/registration-numbers", async Task<FileContentHttpResult> (Guid id, CatalogDbContext db, CancellationToken ct,
                bool renumberedOnly = false, bool toRelabel = false) =>
                TypedResults.File(Encoding.UTF8.GetBytes(await NumberMapping.CsvAsync(db, id, renumberedOnly, toRelabel, ct)),
                    "text/csv; charset=utf-8", $"registration-numbers-{id:N}.csv"))
            .WithName("DownloadRegistrationNumberMapping");
    }

    private static ImportSettings Settings(IFormCollection form)
    {
        string Text(string name) => form[name].ToString().Trim();
        T Choice<T>(string name, T fallback) where T : struct, Enum =>
            Text(name) is { Length: > 0 } value
                ? Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
                    : throw Invalid(name, $"'{value}' không phải một trong {string.Join(", ", Enum.GetNames<T>())}.",
                        $"'{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}.")
                : fallback;
        var defaults = new ImportSettings();
        return new ImportSettings
        {
            Source = Text("source"),
            SiteCode = Text("siteCode"),
            Location = Choice("location", defaults.Location),
            MatchRule = Text("matchRule") is { Length: > 0 } rule ? rule : defaults.MatchRule,
            OnMatch = Choice("onMatch", defaults.OnMatch),
            OnNoMatch = Choice("onNoMatch", defaults.OnNoMatch),
            CopyMapping = Text("copyMapping"),
            RegistrationPrefix = Text("registrationPrefix"),
            LegacyEncoding = Choice("legacyEncoding", defaults.LegacyEncoding),
            Commit = bool.TryParse(Text("commit"), out var commit) && commit,
            RejectInvalid = bool.TryParse(Text("rejectInvalid"), out var strict) && strict,
        };
    }

    private static ValidationException Invalid(string field, string vi, string en) =>
        new([new ValidationFailure(field, new BuildingBlocks.Localization.Bilingual(vi, en).Current)]);
}
