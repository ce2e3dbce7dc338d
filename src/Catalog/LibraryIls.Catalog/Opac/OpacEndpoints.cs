using LibraryIls.Catalog.Labels;
using LibraryIls.Catalog.Oai;
using LibraryIls.Catalog.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using LibraryIls.Organization.Contracts;

namespace LibraryIls.Catalog.Opac;

/// <summary>The public catalogue: search and record pages for anyone (no sign-in), and the OAI-PMH data provider.</summary>
internal static class OpacEndpoints
{
    public static void MapOpac(this IEndpointRouteBuilder app)
    {
        var opac = app.MapGroup("/api/opac").AllowAnonymous().WithTags("OPAC");

        opac.MapGet("/search", async Task<Ok<OpacSearchResponse>> ([AsParameters] OpacSearchRequest request, OpacSearch search,
                OpacAccessLog accesses, CancellationToken ct) =>
            {
                var (response, siteId) = await search.Run(request, ct);
                accesses.Record(OpacAccess.Search, siteId);
                return TypedResults.Ok(response);
            })
            .ProducesValidationProblem()
            .WithName("OpacSearch");

        opac.MapGet("/records/{id:guid}", async Task<Results<Ok<OpacRecordResponse>, FileContentHttpResult>> (
                Guid id, HttpRequest request, OpacRecordPage page, OpacAccessLog accesses, ISiteDirectory sites, CancellationToken ct, string? site = null) =>
            {
                var (record, marc) = await page.Load(id, ct);
                var siteId = string.IsNullOrWhiteSpace(site) ? null : (await sites.FindByCodeAsync(site, ct))?.Id;
                accesses.Record(OpacAccess.RecordView, siteId);
                if (request.GetTypedHeaders().Accept.Any(a => string.Equals(a.MediaType.Value, DublinCore.MediaType, StringComparison.OrdinalIgnoreCase)))
                    return TypedResults.Bytes(DublinCore.Document(marc), DublinCore.MediaType);
                return TypedResults.Ok(await page.Show(record, marc, ct));
            })
            .Produces(StatusCodes.Status200OK, typeof(OpacRecordResponse), "application/json", DublinCore.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("OpacRecord");

        opac.MapGet("/records/{id:guid}/qr.png", async (Guid id, OpacRecordPage page, IOptions<CatalogOptions> options, CancellationToken ct) =>
            {
                var (record, _) = await page.Load(id, ct);
                return TypedResults.File(QrCodes.Png(options.Value.OpacLink(record.Id)), "image/png");
            })
            .WithName("OpacRecordQrCode");

        app.MapMethods("/oai", [HttpMethods.Get, HttpMethods.Post], async (HttpRequest request, OaiDataProvider provider, CancellationToken ct) =>
            {
                var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}/oai";
                var xml = await provider.Answer(c => OaiArguments.ReadAsync(request, c), baseUrl, ct);
                return TypedResults.Bytes(xml, "text/xml; charset=utf-8");
            })
            .AllowAnonymous()
            .WithTags("OAI-PMH")
            .WithName("OaiPmh");

        app.MapPost("/api/catalog/search-index/rebuild", async (SearchIndexRebuild rebuild, CancellationToken ct) =>
                TypedResults.Ok(await rebuild.Run(null, ct)))
            .RequireAuthorization(CatalogPolicies.Cataloguers)
            .WithTags("Catalog")
            .WithName("RebuildSearchIndex");
    }
}
