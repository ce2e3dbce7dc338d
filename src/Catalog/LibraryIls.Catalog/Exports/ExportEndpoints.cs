using FluentValidation;
using FluentValidation.Results;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Records;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace LibraryIls.Catalog.Exports;

internal static class ExportEndpoints
{
    public static void MapExports(this RouteGroupBuilder catalog)
    {
        catalog.MapGet("/exports", async Task<EmptyHttpResult> (HttpContext http, CatalogExport export, CancellationToken ct,
                string format = "iso2709", string copyTag = "952", string? q = null, string? author = null, string? subject = null,
                string? isbn = null, string? ddc = null, bool? localStudies = null) =>
            {
                var request = Request(format, copyTag, new RecordQuery(q, author, subject, isbn, ddc, localStudies));
                http.Response.ContentType = MediaType(request.Format);
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"catalogue.{Extension(request.Format)}\"";
                // The codec's writers are synchronous; the body is written as records come, never held whole.
                http.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
                await export.WriteAsync(request, http.Response.Body, ct);
                return TypedResults.Empty;
            })
            .WithTags("Catalog: MARC export")
            .RequireAuthorization(CatalogPolicies.Cataloguers)
            .Produces(StatusCodes.Status200OK, contentType: "application/marc")
            .ProducesValidationProblem()
            .WithName("ExportCatalogue");
    }

    public static ExportRequest Request(string format, string copyTag, RecordQuery query)
    {
        var parsed = MarcFiles.ParseFormat(format) is { } f and (MarcFormat.Iso2709 or MarcFormat.MarcXml or MarcFormat.Json) ? f
            : throw new ValidationException([new ValidationFailure("format", "format: iso2709 | marcxml | json")]);
        if (copyTag.Length != 3 || !copyTag.All(char.IsAsciiDigit) || copyTag.StartsWith("00", StringComparison.Ordinal))
            throw new ValidationException([new ValidationFailure("copyTag", "copyTag: a data field tag such as 952 or 852")]);
        return new ExportRequest(parsed, query, copyTag);
    }

    public static string MediaType(MarcFormat format) => format switch
    {
        MarcFormat.MarcXml => "application/marcxml+xml",
        MarcFormat.Json => "application/json",
        _ => "application/marc",
    };

    public static string Extension(MarcFormat format) => format switch
    {
        MarcFormat.MarcXml => "xml",
        MarcFormat.Json => "json",
        _ => "mrc",
    };
}
