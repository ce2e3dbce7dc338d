using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Circulation;

/// <summary>The Circulation module's one entry point: its services and its endpoints under /api/circulation.</summary>
public static class CirculationModule
{
    public static IServiceCollection AddCirculation(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapCirculation(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/circulation").RequireAuthorization().WithTags("Circulation");
        return app;
    }
}
