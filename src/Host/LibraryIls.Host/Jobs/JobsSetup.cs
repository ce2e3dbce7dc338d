using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Jobs;
using Quartz;

namespace LibraryIls.Host.Jobs;

/// <summary>
/// Quartz.NET with its persistent job store in the installation's own database (Hangfire, the product
/// owner's first choice, cannot be restored here; docs/architecture.md "Background jobs").
/// </summary>
internal static class JobsSetup
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration,
        ConnectedDatabase database)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        // By hand (the command line, an Admin through the API) a job runs whether or not this node schedules any.
        services.AddSingleton<JobRunner>();
        if (!options.Enabled) return services;

        var definitions = services.Where(d => d.ServiceType == typeof(ScheduledJobDefinition))
            .Select(d => (ScheduledJobDefinition)d.ImplementationInstance!).ToList();
        var vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        services.AddQuartz(quartz =>
        {
            foreach (var definition in definitions)
            {
                var key = new JobKey(definition.Name, "modules");
                var cron = JobRunner.ScheduleOf(configuration, definition);
                quartz.AddJob(typeof(ModuleJob), job => job.WithIdentity(key).StoreDurably()
                    .UsingJobData(ModuleJob.JobTypeKey, definition.JobType.AssemblyQualifiedName!));
                quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity(definition.Name, "modules")
                    .WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(vietnam)));
            }
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
