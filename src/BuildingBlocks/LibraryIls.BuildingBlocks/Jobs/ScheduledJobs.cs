using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.BuildingBlocks.Jobs;

/// <summary>A module's scheduled job: a stable name (its identity in the job store) and a cron schedule.</summary>
public sealed record ScheduledJobDefinition(string Name, Type JobType, string Cron);

public static class ScheduledJobs
{
    /// <summary>
    /// Registers <typeparamref name="TJob"/> to run on <paramref name="cron"/> (Quartz syntax, Vietnam time;
    /// overridable as <c>Jobs:Schedules:{name}</c>). The name must never change: it is the trigger's identity,
    /// so restarts replace the schedule instead of adding a copy.
    /// </summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services, string name, string cron)
        where TJob : class, IScheduledJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new ScheduledJobDefinition(name, typeof(TJob), cron));
        return services;
    }
}
