using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Patrons;

/// <summary>The Patrons module's one entry point: its services and its endpoints under /api/patrons.</summary>
public static class PatronsModule
{
    public static IServiceCollection AddPatrons(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapPatrons(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/patrons").RequireAuthorization().WithTags("Patrons");
        return app;
    }
}
