using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Localization;
using Microsoft.OpenApi;

namespace LibraryIls.Host.Api;

internal static class ApiSetup
{
    private static readonly CultureInfo[] Languages = [new("vi-VN"), new("vi"), new("en-US"), new("en")];

    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions.Remove("exception");
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ErrorResponses>();
        // Unreadable JSON reaches ErrorResponses, which says why in the reader's language, instead of a bare 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // Modules add their own policies (e.g. online registration) with services.Configure<RateLimiterOptions>.
        services.AddRateLimiter(o => o.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "LibraryIls API",
                Version = "v1",
                Description = "Hệ thống quản lý thư viện tích hợp / Integrated library system for Vietnamese public libraries.",
            });
            o.CustomSchemaIds(t => t.FullName?.Replace('+', '.'));
            o.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Token from POST /api/auth/token",
            });
            o.AddSecurityRequirement(doc => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("Bearer", doc)] = [],
            });
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            // Vietnamese unless the client asks for English.
            o.DefaultRequestCulture = new RequestCulture("vi-VN");
            o.SupportedCultures = Languages;
            o.SupportedUICultures = Languages;
            o.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }
}
