using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Reporting;

/// <summary>The Reporting module's one entry point: its services and its endpoints under /api/reporting.</summary>
public static class ReportingModule
{
    public static IServiceCollection AddReporting(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapReporting(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/reporting").RequireAuthorization().WithTags("Reporting");
        return app;
    }
}
