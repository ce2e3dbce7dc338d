using FluentValidation;
using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.Circulation.MobileVan;
using LibraryIls.Circulation.Rotation.Batches;
using LibraryIls.Circulation.Rotation.Usage;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Circulation.Rotation;

internal static class RotationServices
{
    public static IServiceCollection AddRotation(this IServiceCollection services)
    {
        services.AddScoped<RotationDesk>();
        services.AddScoped<RotationShelf>();
        services.AddScoped<BatchView>();
        services.AddScoped<BatchCopies>();
        services.AddScoped<BatchSteps>();
        services.AddScoped<UsageRecording>();
        services.AddScoped<UsageImport>();
        services.AddScoped<DeliveryNotes.DeliveryNotes>();
        services.AddScoped<MobileTrips>();
        services.AddScoped<IDemoDataSeeder, RotationDemoSeeder>();
        services.AddScoped<IValidator<CreateBatchRequest>, CreateBatchRequestValidator>();
        services.AddScoped<IValidator<AddCopiesRequest>, AddCopiesRequestValidator>();
        services.AddScoped<IValidator<PickCopiesRequest>, PickCopiesRequestValidator>();
        services.AddScoped<IValidator<ReturnBatchRequest>, ReturnBatchRequestValidator>();
        services.AddScoped<IValidator<MoveOnRequest>, MoveOnRequestValidator>();
        services.AddScoped<IValidator<UsageImportRequest>, UsageImportRequestValidator>();
        services.AddScoped<IValidator<UsageReportRequest>, UsageReportRequestValidator>();
        services.AddScoped<IValidator<MobileTripRequest>, MobileTripRequestValidator>();
        return services;
    }
}
