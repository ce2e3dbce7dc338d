using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace LibraryIls.Catalog.Classification;

internal static class DdcEndpoints
{
    public static void MapClassification(this RouteGroupBuilder catalog)
    {
        var ddc = catalog.MapGroup("/ddc").WithTags("Catalog: DDC23");

        ddc.MapGet("/{number}", Results<Ok<DdcResponse>, ValidationProblem> (string number, DdcCaptions captions) =>
            {
                if (!DdcNumber.TryParse(number, out var parsed))
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["number"] = [new BuildingBlocks.Localization.Bilingual($"'{number}' không phải chỉ số DDC (vd. 895.9223).",
                            $"'{number}' is not a DDC number (e.g. 895.9223).").Current],
                    });
                var nearest = captions.Nearest(parsed);
                return TypedResults.Ok(new DdcResponse(parsed.Value, parsed.MainClass, captions.MainClassCaption(parsed),
                    nearest?.Number, nearest?.Caption));
            })
            .WithName("DescribeDdcNumber");

        // Sorts call numbers in shelf order, e.g. for a shelf-reading list a cataloguer pastes in.
        ddc.MapPost("/shelf-order", Ok<List<string>> (List<string> callNumbers) =>
                TypedResults.Ok(callNumbers.Order(ShelfOrder.Instance).ToList()))
            .WithName("SortCallNumbers");
    }
}

/// <summary>A DDC number with its main class and the caption of the nearest number the library's schedule holds.</summary>
public sealed record DdcResponse(string Number, string MainClass, string MainClassCaption, string? CaptionNumber, string? Caption);
