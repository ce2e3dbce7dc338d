using FluentValidation;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Circulation.Calendar.Api;
using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Rules.Api;
using LibraryIls.Circulation.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Circulation;

/// <summary>The Circulation module's one entry point: its services and its endpoints under /api/circulation.</summary>
public static class CirculationModule
{
    public static IServiceCollection AddCirculation(this IServiceCollection services)
    {
        services.AddModuleDbContext<CirculationDbContext, SqliteCirculationDbContext, SqlServerCirculationDbContext,
            PostgresCirculationDbContext>(CirculationDbContext.SchemaName);
        services.AddSingleton<RuleCache>();
        services.AddSingleton<CalendarCache>();
        services.AddScoped<IValidator<RuleRequest>, RuleRequestValidator>();
        return services;
    }

    public static IEndpointRouteBuilder MapCirculation(this IEndpointRouteBuilder app)
    {
        var circulation = app.MapGroup("/api/circulation").RequireAuthorization();
        circulation.MapRules();
        circulation.MapCalendars();
        return app;
    }
}
