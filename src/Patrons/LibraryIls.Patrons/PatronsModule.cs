using FluentValidation;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.BuildingBlocks.Jobs;
using LibraryIls.Patrons.Cards;
using LibraryIls.Patrons.Categories;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Demo;
using LibraryIls.Patrons.Import;
using LibraryIls.Patrons.OnlineSignIn;
using LibraryIls.Patrons.Privacy;
using LibraryIls.Patrons.Readers;
using LibraryIls.Patrons.Registrations;
using LibraryIls.Patrons.Visits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LibraryIls.Patrons;

/// <summary>The Patrons module's one entry point: its services and its endpoints under /api/patrons.</summary>
public static class PatronsModule
{
    public static IServiceCollection AddPatrons(this IServiceCollection services)
    {
        services.AddModuleDbContext<PatronsDbContext, SqlitePatronsDbContext, SqlServerPatronsDbContext,
            PostgresPatronsDbContext>(PatronsDbContext.SchemaName);
        services.AddScoped<ReaderDesk>();
        services.AddScoped<DuplicateReaders>();
        services.AddScoped<ReaderChanges>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<CardDesk>();
        services.AddScoped<CardExpiry>();
        services.AddScoped<RegistrationReview>();
        services.AddScoped<PersonalData>();
        services.AddScoped<ReaderImport>();
        services.AddScoped<IDemoDataSeeder, PatronsDemoSeeder>();
        services.AddScoped<IReaderCardStatus, ReaderCardStatusService>();
        services.AddScoped<IReaderContacts, ReaderContacts>();
        // Circulation's real check replaces this one (it must use Replace: Patrons is added first).
        services.TryAddScoped<IOpenLoanCheck, NoOpenLoanCheck>();
        services.AddScheduledJob<ExpireCardsJob>(ExpireCardsJob.Name, "0 5 0 * * ?");
        services.AddScheduledJob<VisitDaysRollup>(VisitDaysRollup.Name, VisitDaysRollup.Cron);
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>(RegistrationEndpoints.AddRegistrationRateLimit);
        services.AddScoped<IValidator<ReaderRequest>, ReaderRequestValidator>();
        services.AddScoped<IValidator<CategoryRequest>, CategoryRequestValidator>();
        services.AddScoped<IValidator<CardReasonRequest>, CardReasonRequestValidator>();
        services.AddScoped<IValidator<CardNumberPatternRequest>, CardNumberPatternRequestValidator>();
        services.AddScoped<IValidator<VisitScanRequest>, VisitScanRequestValidator>();
        services.AddScoped<IValidator<VisitCountRequest>, VisitCountRequestValidator>();
        services.AddScoped<IValidator<RegistrationRequest>, RegistrationRequestValidator>();
        services.AddScoped<IValidator<RejectRegistrationRequest>, RejectRegistrationRequestValidator>();
        services.AddScoped<IValidator<ImportRequest>, ImportRequestValidator>();
        services.AddScoped<IValidator<PinRequest>, PinRequestValidator>();
        services.AddSingleton<IPasswordHasher<ReaderPin>, PasswordHasher<ReaderPin>>();
        return services;
    }

    public static IEndpointRouteBuilder MapPatrons(this IEndpointRouteBuilder app)
    {
        var patrons = app.MapGroup("/api/patrons").RequireAuthorization().WithTags("Patrons");
        patrons.MapCategories();
        patrons.MapReaders();
        patrons.MapCards();
        patrons.MapVisits();
        patrons.MapRegistrations();
        patrons.MapPrivacy();
        patrons.MapImports();
        patrons.MapReaderPins();
        app.MapReaderSignIn();
        return app;
    }
}
