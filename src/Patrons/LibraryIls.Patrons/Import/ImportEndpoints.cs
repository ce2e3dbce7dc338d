using System.Security.Claims;
using LibraryIls.BuildingBlocks.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace LibraryIls.Patrons.Import;

internal static class ImportEndpoints
{
    public static void MapImports(this RouteGroupBuilder patrons) =>
        patrons.MapPost("/imports", async Task<Ok<ImportResult>> (ImportRequest request, ClaimsPrincipal user,
                ReaderImport import, CancellationToken ct) => TypedResults.Ok(await import.Run(request, user, ct)))
            .ValidateRequest<ImportRequest>().ForAdmin().ProducesProblem(StatusCodes.Status409Conflict)
            .WithTags("Patrons: import").WithName("ImportReaders");
}
