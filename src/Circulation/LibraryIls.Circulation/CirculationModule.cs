using FluentValidation;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.BuildingBlocks.Jobs;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Circulation.Calendar.Api;
using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Demo;
using LibraryIls.Circulation.Desk;
using LibraryIls.Circulation.Holds.Api;
using LibraryIls.Circulation.Holds;
using LibraryIls.Circulation.InHouse;
using LibraryIls.Circulation.Jobs;
using LibraryIls.Circulation.Loans.CheckOut;
using LibraryIls.Circulation.Loans.Renew;
using LibraryIls.Circulation.Loans.Return;
using LibraryIls.Circulation.Loans;
using LibraryIls.Circulation.MobileVan;
using LibraryIls.Circulation.Notices;
using LibraryIls.Circulation.Offline;
using LibraryIls.Circulation.Online;
using LibraryIls.Circulation.Privacy;
using LibraryIls.Circulation.Rotation;
using LibraryIls.Circulation.Rules.Api;
using LibraryIls.Circulation.Rules;
using LibraryIls.Circulation.Transfers;
using LibraryIls.Patrons.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        services.AddOptions<CirculationOptions>().BindConfiguration(CirculationOptions.Section);
        services.AddScoped<DeskSite>();
        services.AddScoped<DeskLookups>();
        services.AddScoped<HoldShelf>();
        services.AddScoped<CheckOutHandler>();
        services.AddScoped<ReturnHandler>();
        services.AddScoped<RenewHandler>();
        services.AddScoped<InHouseUseHandler>();
        services.AddScoped<HoldHandlers>();
        services.AddScoped<TransferHandlers>();
        services.AddScoped<OfflineBatch>();
        services.AddScoped<IDemoDataSeeder, CirculationDemoSeeder>();
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.Section);
        services.AddScoped<INoticeSender>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<NoticeOptions>>().Value.SmtpHost)
            ? ActivatorUtilities.CreateInstance<LogNoticeSender>(sp)
            : ActivatorUtilities.CreateInstance<SmtpNoticeSender>(sp));
        services.AddScheduledJob<NoticeRun>("circulation.notices", "0 0 7 * * ?");
        services.AddScoped<IValidator<OfflineBatchRequest>, OfflineBatchRequestValidator>();
        services.AddScheduledJob<LoanAnonymiser>("circulation.anonymise-loans", "0 30 1 * * ?");
        services.AddScheduledJob<HoldExpiry>("circulation.expire-holds", "0 15 0 * * ?");
        services.AddScheduledJob<ReportingViews.CirculationDaysRollup>(ReportingViews.CirculationDaysRollup.Name, ReportingViews.CirculationDaysRollup.Cron);
        // Patrons registers a stand-in answering "no open loans" until this module is there to say.
        services.Replace(ServiceDescriptor.Scoped<IOpenLoanCheck, OpenLoanCheck>());
        services.AddScoped<IValidator<RuleRequest>, RuleRequestValidator>();
        // The desk's two busiest requests: their validators hold no state, so they are built once, not per scan.
        services.AddSingleton<IValidator<CheckOutRequest>, CheckOutRequestValidator>();
        services.AddSingleton<IValidator<ReturnRequest>, ReturnRequestValidator>();
        services.AddScoped<IValidator<InHouseUseRequest>, InHouseUseRequestValidator>();
        services.AddScoped<IValidator<PlaceHoldRequest>, PlaceHoldRequestValidator>();
        services.AddRotation();
        return services;
    }

    public static IEndpointRouteBuilder MapCirculation(this IEndpointRouteBuilder app)
    {
        var circulation = app.MapGroup("/api/circulation").RequireAuthorization();
        circulation.MapRules();
        circulation.MapCalendars();
        circulation.MapDesk();
        app.MapReaderLoans();
        circulation.MapCirculationJobs();
        circulation.MapRotation();
        circulation.MapMobileTrips();
        return app;
    }
}
