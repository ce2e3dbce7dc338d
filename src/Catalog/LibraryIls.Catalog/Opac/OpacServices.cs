using LibraryIls.Catalog.Oai;
using LibraryIls.Catalog.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Opac;

internal static class OpacServices
{
    public static IServiceCollection AddOpac(this IServiceCollection services)
    {
        services.AddOptions<OaiOptions>().BindConfiguration("Catalog:Oai");
        services.AddOptions<OpacSearchOptions>().BindConfiguration("Catalog:Opac");
        services.AddScoped<OpacSearch>();
        services.AddScoped<SqlSearchEngine>();
        services.AddSingleton<SearchMemoryIndex>();
        services.AddHostedService<SearchIndexWarmUp>();
        services.AddScoped<OpacRecordCards>();
        services.AddScoped<OpacRecordPage>();
        services.AddScoped<OaiDataProvider>();
        services.AddScoped<SearchIndexRebuild>();
        services.AddSingleton<OpacAccessLog>();
        services.AddHostedService(sp => sp.GetRequiredService<OpacAccessLog>());
        return services;
    }
}
