using Quartz;

namespace LibraryIls.Host.Jobs;

/// <summary>Runs a module's <see cref="IScheduledJob"/> in a fresh scope; never two copies at once.</summary>
[DisallowConcurrentExecution]
internal sealed class ModuleJob(JobRunner runner, ILogger<ModuleJob> log) : IJob
{
    public const string JobTypeKey = "jobType";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var typeName = context.MergedJobDataMap.GetString(JobTypeKey)
            ?? throw new JobExecutionException($"Job {context.JobDetail.Key} has no {JobTypeKey}.");
        var type = Type.GetType(typeName, throwOnError: true)!;
        log.LogInformation("Job {Job} started", context.JobDetail.Key.Name);
        await runner.RunAsync(type, cancellationToken);
        log.LogInformation("Job {Job} finished", context.JobDetail.Key.Name);
    }
}
