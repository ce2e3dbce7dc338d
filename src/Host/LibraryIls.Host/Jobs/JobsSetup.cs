using LibraryIls.BuildingBlocks.Data;
using Quartz;

namespace LibraryIls.Host.Jobs;

/// <summary>
/// Quartz.NET with its persistent job store in the installation's own database (Hangfire, the product
/// owner's first choice, cannot be restored here; DESIGN.md "Background jobs").
/// </summary>
internal static class JobsSetup
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration,
        ConnectedDatabase database)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        if (!options.Enabled) return services;

        services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                // Quartz keeps its own tables (qrtz_*) in the same database and creates or checks them at start:
                // its schema follows its own releases, so it is Quartz's to provision, not ours to copy.
                store.ProvisionSchema();
                store.ConfigureStore(o => o.StoreJobDataAsStrings = true);
                switch (database.Provider)
                {
                    case DatabaseProvider.Sqlite: store.UseSqlite(database.ConnectionString); break;
                    case DatabaseProvider.SqlServer: store.UseSqlServer(database.ConnectionString); break;
                    default: store.UsePostgres(database.ConnectionString); break;
                }
                if (options.Clustered && database.Provider != DatabaseProvider.Sqlite) store.UseClustering(_ => { });
            });
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        return services;
    }
}
