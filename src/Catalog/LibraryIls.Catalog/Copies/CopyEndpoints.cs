using System.Security.Claims;
using System.Text;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.BuildingBlocks.Validation;
using LibraryIls.Catalog.Classification;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Imports;
using LibraryIls.Catalog.Labels;
using LibraryIls.Catalog.Records;
using LibraryIls.Organization.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LibraryIls.Catalog.Copies;

internal static class CopyEndpoints
{
    public static void MapCopies(this RouteGroupBuilder catalog)
    {
        var ofRecord = catalog.MapGroup("/records/{recordId:guid}").WithTags("Catalog: copies");

        ofRecord.MapGet("/copies", async (Guid recordId, CatalogDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Copies.AsNoTracking().Where(c => c.RecordId == recordId)
                    .OrderBy(c => c.RegistrationNumber).ToListAsync(ct)).Select(CopyResponse.From).ToList()))
            .WithName("ListRecordCopies");

        ofRecord.MapPost("/copies", async Task<Created<CopyResponse>> (
                Guid recordId, CopyRequest request, ClaimsPrincipal user, CopyChanges changes, CancellationToken ct) =>
            {
                var copy = await changes.Add(recordId, request, user, ct);
                return TypedResults.Created($"/api/catalog/copies/{copy.Id}", CopyResponse.From(copy));
            })
            .ValidateRequest<CopyRequest>()
            .RequireAuthorization(CatalogPolicies.Cataloguers)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("AddCopy");

        ofRecord.MapPost("/copies/bulk", async Task<Created<List<CopyResponse>>> (
                Guid recordId, BulkCopyRequest request, ClaimsPrincipal user, CopyChanges changes, CancellationToken ct) =>
            {
                var copies = await changes.AddRun(recordId, request, user, ct);
                return TypedResults.Created($"/api/catalog/records/{recordId}/copies", copies.Select(CopyResponse.From).ToList());
            })
            .ValidateRequest<BulkCopyRequest>()
            .RequireAuthorization(CatalogPolicies.Cataloguers)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("AddCopiesInBulk");

        ofRecord.MapGet("/call-number", async (Guid recordId, CatalogDbContext db, CallNumbers callNumbers, CancellationToken ct) =>
            {
                var record = await db.Records.AsNoTracking().SingleOrDefaultAsync(r => r.Id == recordId, ct)
                    ?? throw NotFoundException.Of("biểu ghi", "Record", recordId);
                var callNumber = callNumbers.For(record);
                return TypedResults.Ok(new CallNumberResponse(callNumber.ToString(), callNumber.ClassPart, callNumber.AuthorMark, callNumber.SpineLines()));
            })
            .WithName("SuggestCallNumber");

        ofRecord.MapGet("/qr.png", async Task<FileContentHttpResult> (
                Guid recordId, CatalogDbContext db, IOptions<CatalogOptions> options, CancellationToken ct) =>
            {
                if (!await db.Records.AnyAsync(r => r.Id == recordId, ct)) throw NotFoundException.Of("biểu ghi", "Record", recordId);
                return TypedResults.File(QrCodes.Png(options.Value.OpacLink(recordId)), "image/png");
            })
            .WithTags("Catalog: labels")
            .WithName("RecordQrCode");

        var copies = catalog.MapGroup("/copies").WithTags("Catalog: copies");

        // The shelf list of a site: copies in shelf order (DDC numerically, then author mark).
        copies.MapGet("/", async (ISiteDirectory sites, CatalogDbContext db, CancellationToken ct, string? registrationNumber = null,
                string? siteCode = null, Contracts.CopyLocation? location = null, int skip = 0, int take = 100) =>
            {
                var query = db.Copies.AsNoTracking();
                if (!string.IsNullOrWhiteSpace(registrationNumber))
                {
                    // A printed label is traced here too: copies renumbered on import whose old number this is.
                    // (Their ids first, so that each side of the OR keeps its index.)
                    var number = RegistrationNumber.Normalize(registrationNumber);
                    var renumbered = await OldLabels.OnceLabelledAsync(db, number, ct);
                    query = renumbered.Count == 0 ? query.Where(c => c.RegistrationNumber == number)
                        : query.Where(c => c.RegistrationNumber == number || renumbered.Contains(c.Id));
                }
                if (!string.IsNullOrWhiteSpace(siteCode))
                {
                    var site = await sites.GetByCodeAsync(siteCode, ct);
                    query = query.Where(c => c.SiteId == site.Id);
                }
                if (location is not null) query = query.Where(c => c.Location == location);
                var page = await query.OrderBy(c => c.ShelfKey).ThenBy(c => c.RegistrationNumber)
                    .Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 1, 1000)).ToListAsync(ct);
                return TypedResults.Ok(page.Select(CopyResponse.From).ToList());
            })
            .WithName("ListCopies");

        copies.MapGet("/{id:guid}", async Task<Ok<CopyResponse>> (Guid id, CatalogDbContext db, CancellationToken ct) =>
                TypedResults.Ok(CopyResponse.From(await db.Copies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct)
                    ?? throw NotFoundException.Of("bản sách", "Copy", id))))
            .WithName("GetCopy");

        copies.MapPut("/{id:guid}", async Task<Ok<CopyResponse>> (
                Guid id, CopyRequest request, HttpRequest http, ClaimsPrincipal user, CopyChanges changes, CancellationToken ct) =>
            {
                var copy = await changes.Change(id, request, RecordEndpoints.ExpectedVersion(http, request.Version), user, ct);
                return TypedResults.Ok(CopyResponse.From(copy));
            })
            .ValidateRequest<CopyRequest>()
            .RequireAuthorization(CatalogPolicies.Cataloguers)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ChangeCopy");

        copies.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, ClaimsPrincipal user, CopyChanges changes, CancellationToken ct) =>
            {
                await changes.Delete(id, user, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(CatalogPolicies.Cataloguers)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("DeleteCopy");

        // The renumbered copy now carries its new label: its old number no longer means it at the desk (OldLabels).
        copies.MapPost("/{id:guid}/relabelled", async Task<Ok<RelabelledCopyResponse>> (
                Guid id, CatalogDbContext db, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await Relabelling.RelabelAsync(db, id, clock.GetUtcNow(), ct)))
            .RequireAuthorization(CatalogPolicies.Relabellers)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("MarkCopyRelabelled");

        // A relabelling round's scans of the new labels, at once: each number refused on its own line (Relabelling).
        copies.MapPost("/relabelled", async Task<Ok<RelabelledCopiesResponse>> (
                RelabelledCopiesRequest request, CatalogDbContext db, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await Relabelling.RelabelAllAsync(db, request.RegistrationNumbers, clock.GetUtcNow(), ct)))
            .ValidateRequest<RelabelledCopiesRequest>()
            .RequireAuthorization(CatalogPolicies.Relabellers)
            .WithName("MarkCopiesRelabelled");

        // A library's relabelling round after the merge: its copies still carrying an old label, in shelf order (RelabelList).
        copies.MapGet("/to-relabel", async Task<FileContentHttpResult> (string siteCode, ISiteDirectory sites, CatalogDbContext db, CancellationToken ct) =>
            {
                var (site, round) = await RelabelList.OfSiteAsync(sites, db, siteCode, ct);
                return TypedResults.File(Encoding.UTF8.GetBytes(RelabelList.Csv(round)), "text/csv; charset=utf-8", $"to-relabel-{site.Code}.csv");
            })
            .RequireAuthorization(CatalogPolicies.Relabellers)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("CopiesToRelabel");

        // The same round as a sheet of its new labels, printed on A4 from the browser (RelabelSheet).
        copies.MapGet("/to-relabel/labels", async Task<ContentHttpResult> (string siteCode, ISiteDirectory sites, CatalogDbContext db, TimeProvider clock,
                CancellationToken ct) =>
            {
                var (site, round) = await RelabelList.OfSiteAsync(sites, db, siteCode, ct);
                return TypedResults.Content(RelabelSheet.Html(site, round, VietnamDate.Today(clock)), "text/html; charset=utf-8");
            })
            .RequireAuthorization(CatalogPolicies.Relabellers)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("NewLabelsToStickOn");

        copies.MapGet("/{id:guid}/label", async Task<Ok<SpineLabel>> (
                Guid id, CatalogDbContext db, IOptions<CatalogOptions> options, CancellationToken ct) =>
            {
                var copy = await db.Copies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw NotFoundException.Of("bản sách", "Copy", id);
                return TypedResults.Ok(new SpineLabel(copy.RegistrationNumber, copy.CallNumber, CallNumber.Parse(copy.CallNumber).SpineLines(),
                    options.Value.OpacLink(copy.RecordId), $"/api/catalog/copies/{copy.Id}/qr.png"));
            })
            .WithTags("Catalog: labels")
            .WithName("CopyLabel");

        copies.MapGet("/{id:guid}/qr.png", async Task<FileContentHttpResult> (
                Guid id, CatalogDbContext db, IOptions<CatalogOptions> options, CancellationToken ct) =>
            {
                var recordId = await db.Copies.Where(c => c.Id == id).Select(c => (Guid?)c.RecordId).SingleOrDefaultAsync(ct)
                    ?? throw NotFoundException.Of("bản sách", "Copy", id);
                return TypedResults.File(QrCodes.Png(options.Value.OpacLink(recordId)), "image/png");
            })
            .WithTags("Catalog: labels")
            .WithName("CopyQrCode");
    }
}

public sealed record CallNumberResponse(string CallNumber, string ClassNumber, string? AuthorMark, IReadOnlyList<string> SpineLines);
