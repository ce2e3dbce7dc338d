using System.Collections.Concurrent;
using LibraryIls.BuildingBlocks.Jobs;

namespace LibraryIls.Host.Jobs;

/// <summary>What became of a job started by hand: <c>Running</c>, then <c>Succeeded</c> or <c>Failed</c> with the reason.</summary>
public sealed record JobRunResponse(Guid Id, string Job, string State, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string StartedBy, string? Error);

/// <summary>A module's scheduled job as staff see it: its stable name and the schedule in force (Quartz cron, Vietnam time).</summary>
public sealed record ScheduledJobResponse(string Name, string Schedule);

/// <summary>
/// Runs a module's scheduled job in a scope of its own: for the scheduler, and by hand when staff cannot wait for the
/// schedule (the daily summaries after a bulk import, the snapshot after a late correction). Runs started through the
/// API are remembered by the node that runs them, the latest hundred.
/// </summary>
internal sealed class JobRunner(IServiceProvider services, IEnumerable<ScheduledJobDefinition> definitions, IConfiguration configuration,
    TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<JobRunner> log)
{
    private const int Remembered = 100;
    private readonly ConcurrentDictionary<Guid, JobRunResponse> _runs = new();
    private readonly ConcurrentDictionary<Type, SemaphoreSlim> _running = new();

    public IReadOnlyList<ScheduledJobResponse> Jobs() =>
        [.. definitions.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => new ScheduledJobResponse(d.Name, ScheduleOf(configuration, d)))];

    /// <summary>The schedule in force: Jobs:Schedules:{name} when configured, else the module's own.</summary>
    public static string ScheduleOf(IConfiguration configuration, ScheduledJobDefinition job) =>
        configuration[$"{JobsOptions.Section}:Schedules:{job.Name}"] ?? job.Cron;

    public ScheduledJobDefinition? Find(string name) =>
        definitions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Runs the job, after a run of the same job this process has begun, by hand or on schedule, has ended.</summary>
    public async Task RunAsync(Type jobType, CancellationToken ct)
    {
        var running = _running.GetOrAdd(jobType, _ => new SemaphoreSlim(1, 1));
        await running.WaitAsync(ct);
        try
        {
            await using var scope = services.CreateAsyncScope();
            await ((IScheduledJob)scope.ServiceProvider.GetRequiredService(jobType)).RunAsync(ct);
        }
        finally
        {
            running.Release();
        }
    }

    /// <summary>Starts the job in the background and answers at once; <see cref="Run"/> tells how it goes.</summary>
    public JobRunResponse Start(ScheduledJobDefinition job, string startedBy)
    {
        var run = new JobRunResponse(Guid.CreateVersion7(), job.Name, "Running", clock.GetUtcNow(), null, startedBy, null);
        _runs[run.Id] = run;
        foreach (var old in _runs.Values.OrderByDescending(r => r.StartedAt).Skip(Remembered)) _runs.TryRemove(old.Id, out _);
        _ = Task.Run(async () =>
        {
            log.LogInformation("Job {Job} started by {User}", job.Name, startedBy);
            try
            {
                await RunAsync(job.JobType, lifetime.ApplicationStopping);
                _runs[run.Id] = run with { State = "Succeeded", FinishedAt = clock.GetUtcNow() };
                log.LogInformation("Job {Job} finished", job.Name);
            }
            catch (Exception e)
            {
                _runs[run.Id] = run with { State = "Failed", FinishedAt = clock.GetUtcNow(), Error = e.Message };
                log.LogError(e, "Job {Job} failed", job.Name);
            }
        });
        return run;
    }

    public JobRunResponse? Run(Guid id) => _runs.GetValueOrDefault(id);
}
