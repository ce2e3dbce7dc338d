using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog;

/// <summary>The Catalog module's one entry point: its services and its endpoints under /api/catalog.</summary>
public static class CatalogModule
{
    public static IServiceCollection AddCatalog(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/catalog").RequireAuthorization().WithTags("Catalog");
        return app;
    }
}
