using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Headings;
using LibraryIls.Catalog.Marc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Records;

internal static class RecordEndpoints
{
    public static void MapRecords(this RouteGroupBuilder catalog)
    {
        var records = catalog.MapGroup("/records").WithTags("Catalog: records");

        records.MapGet("/", async (CatalogDbContext db, CancellationToken ct, string? q = null, string? author = null,
                string? subject = null, string? isbn = null, string? ddc = null, bool? localStudies = null, int skip = 0, int take = 50) =>
            {
                var query = new RecordQuery(q, author, subject, isbn, ddc, localStudies).Apply(db, db.Records.AsNoTracking());
                var page = await query.OrderBy(r => r.Title).ThenBy(r => r.Id).Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
                return TypedResults.Ok(page.Select(RecordSummary.From).ToList());
            })
            .WithName("ListRecords");

        records.MapGet("/headings", async (CatalogDbContext db, CancellationToken ct, string kind = "author", int take = 100) =>
            {
                var headingKind = kind.Equals("subject", StringComparison.OrdinalIgnoreCase) ? HeadingKind.Subject : HeadingKind.Author;
                var counts = await db.Headings.AsNoTracking().Where(h => h.Kind == headingKind)
                    .GroupBy(h => h.Key).Select(g => new { Key = g.Key, Display = g.Min(h => h.Display)!, Records = g.Select(h => h.RecordId).Distinct().Count() })
                    .OrderByDescending(g => g.Records).ThenBy(g => g.Key).Take(Math.Clamp(take, 1, 1000)).ToListAsync(ct);
                return TypedResults.Ok(counts.Select(c => new HeadingCount(c.Display, c.Key, c.Records)).ToList());
            })
            .WithName("ListHeadings");

        records.MapPost("/", async Task<Created<RecordResponse>> (HttpRequest request, ClaimsPrincipal user, RecordChanges changes, CancellationToken ct) =>
            {
                var body = await ReadMarc(request, ct);
                var saved = await changes.Create(body.Record, user, ct);
                request.HttpContext.Response.Headers.ETag = ETag(saved.Record.Version);
                return TypedResults.Created($"/api/catalog/records/{saved.Record.Id}", RecordResponse.From(saved.Record, saved.Warnings));
            })
            .Accepts<object>(MarcContent.Json, MarcContent.MarcXml, MarcContent.Iso2709)
            .RequireAuthorization(CatalogPolicies.Cataloguers)
            .ProducesValidationProblem()
            .WithName("CreateRecord");

        records.MapGet("/{id:guid}", async Task<Results<Ok<RecordResponse>, FileContentHttpResult>> (
                Guid id, HttpRequest request, CatalogDbContext db, CancellationToken ct) =>
            {
                var record = await db.Records.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct)
                    ?? throw NotFoundException.Of("biểu ghi", "Record", id);
                request.HttpContext.Response.Headers.ETag = ETag(record.Version);
                return Represent(request, record.ToMarc(), () => RecordResponse.From(record));
            })
            .Produces(StatusCodes.Status200OK, typeof(RecordResponse), MarcContent.Json, MarcContent.MarcXml, MarcContent.Iso2709)
            .WithName("GetRecord");

        records.MapPut("/{id:guid}", async Task<Ok<RecordResponse>> (
                Guid id, HttpRequest request, ClaimsPrincipal user, RecordChanges changes, CancellationToken ct) =>
            {
                var body = await ReadMarc(request, ct);
                var saved = await changes.Change(id, body.Record, ExpectedVersion(request, body.Version), user, ct);
                request.HttpContext.Response.Headers.ETag = ETag(saved.Record.Version);
                return TypedResults.Ok(RecordResponse.From(saved.Record, saved.Warnings));
            })
            .Accepts<object>(MarcContent.Json, MarcContent.MarcXml, MarcContent.Iso2709)
            .RequireAuthorization(CatalogPolicies.Cataloguers)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ChangeRecord");

        records.MapDelete("/{id:guid}", async Task<NoContent> (
                Guid id, HttpRequest request, ClaimsPrincipal user, RecordChanges changes, CancellationToken ct) =>
            {
                await changes.Delete(id, ExpectedVersion(request, null), user, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(CatalogPolicies.Cataloguers)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("DeleteRecord");

        records.MapGet("/{id:guid}/history", async (Guid id, CatalogDbContext db, CancellationToken ct) =>
            {
                var versions = await db.RecordVersions.AsNoTracking().Where(v => v.RecordId == id).OrderBy(v => v.Version).ToListAsync(ct);
                if (versions.Count == 0) throw NotFoundException.Of("biểu ghi", "Record", id);
                return TypedResults.Ok(versions.Select(RecordVersionResponse.From).ToList());
            })
            .WithName("GetRecordHistory");

        records.MapGet("/{id:guid}/history/{version:int}", async Task<Results<Ok<RecordVersionMarc>, FileContentHttpResult>> (
                Guid id, int version, HttpRequest request, CatalogDbContext db, CancellationToken ct) =>
            {
                var entry = await db.RecordVersions.AsNoTracking().SingleOrDefaultAsync(v => v.RecordId == id && v.Version == version, ct)
                    ?? throw NotFoundException.Of("phiên bản biểu ghi", "Record version", $"{id}/{version}");
                var marc = MarcContent.FromStored(await RecordHistory.MarcAtAsync(db, entry, ct));
                return Represent(request, marc, () => new RecordVersionMarc(RecordVersionResponse.From(entry), MarcJson.ToElement(marc)));
            })
            .Produces(StatusCodes.Status200OK, typeof(RecordVersionMarc), MarcContent.Json, MarcContent.MarcXml, MarcContent.Iso2709)
            .WithName("GetRecordVersion");

        records.MapPost("/{id:guid}/history/{version:int}/restore", async Task<Ok<RecordResponse>> (
                Guid id, int version, HttpRequest request, ClaimsPrincipal user, RecordChanges changes, CancellationToken ct) =>
            {
                var saved = await changes.Restore(id, version, ExpectedVersion(request, null), user, ct);
                request.HttpContext.Response.Headers.ETag = ETag(saved.Record.Version);
                return TypedResults.Ok(RecordResponse.From(saved.Record, saved.Warnings));
            })
            .RequireAuthorization(CatalogPolicies.Cataloguers)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RestoreRecordVersion");
    }

    private static Results<Ok<T>, FileContentHttpResult> Represent<T>(HttpRequest request, MarcRecord marc, Func<T> json) =>
        MarcContent.Negotiate(request) is { } mediaType
            ? TypedResults.Bytes(MarcContent.Write(marc, mediaType), mediaType)
            : TypedResults.Ok(json());

    private static async Task<MarcBody> ReadMarc(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await MarcContent.ReadAsync(request, ct);
        }
        catch (MarcBodyException ex)
        {
            throw new ValidationException([new ValidationFailure("body", ex.Message)]);
        }
    }

    internal static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version the cataloguer edited: If-Match ("3" or W/"3"), ?version=3, or "version" in a JSON body.</summary>
    internal static int ExpectedVersion(HttpRequest request, int? fromBody)
    {
        var ifMatch = request.Headers.IfMatch.ToString().Trim();
        if (ifMatch.StartsWith("W/", StringComparison.Ordinal)) ifMatch = ifMatch[2..];
        if (int.TryParse(ifMatch.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)) return version;
        if (int.TryParse(request.Query["version"], NumberStyles.None, CultureInfo.InvariantCulture, out version)) return version;
        if (fromBody is not null) return fromBody.Value;
        throw new ValidationException([new ValidationFailure("If-Match", new Bilingual(
            "Cần cho biết phiên bản đang sửa (tiêu đề If-Match hoặc tham số version), để không ghi đè thay đổi của người khác.",
            "Say which version you edited (If-Match header or version parameter), so nobody's change is overwritten.").Current)]);
    }
}

/// <summary>An earlier version of a record with its MARC.</summary>
public sealed record RecordVersionMarc(RecordVersionResponse Version, System.Text.Json.JsonElement Marc);
