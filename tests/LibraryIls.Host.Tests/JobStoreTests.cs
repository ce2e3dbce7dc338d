using System.Collections.Concurrent;
using LibraryIls.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace LibraryIls.Host.Tests;

/// <summary>Scheduled work survives a restart because Quartz keeps it in the installation's own database.</summary>
public sealed class JobStoreTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_the_persistent_store_When_a_job_is_scheduled_Then_it_is_stored_in_the_database_and_runs(string provider)
    {
        var api = await apis.For(provider);
        var scheduler = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var marker = Guid.NewGuid().ToString("N");
        var ran = RecordingJob.Runs.GetOrAdd(marker, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var job = JobBuilder.Create<RecordingJob>().WithIdentity(marker, "tests").UsingJobData("marker", marker).StoreDurably().Build();
        await scheduler.AddJob(job, new AddJobOptions());

        using (var scope = api.Services.CreateScope())
            (await CountStoredJobs(scope.ServiceProvider, marker)).ShouldBe(1);

        await scheduler.TriggerJob(job.Key);
        // The job says when it has run; the deadline only stops a scheduler that never fires from hanging the run.
        await ran.Task.WaitAsync(TimeSpan.FromMinutes(2));
    }

    private static async Task<int> CountStoredJobs(IServiceProvider services, string name)
    {
        var database = services.GetRequiredService<ConnectedDatabase>();
        var context = services.GetServices<ModuleDbContextRegistration>()
            .Select(r => (DbContext)services.GetRequiredService(r.ContextType)).First();
        // Quartz creates QRTZ_* on SQLite and, unquoted, qrtz_* on PostgreSQL.
        return database.Provider == DatabaseProvider.Sqlite
            ? await context.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM QRTZ_JOB_DETAILS WHERE job_name = {name}").SingleAsync()
            : await context.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM qrtz_job_details WHERE job_name = {name}").SingleAsync();
    }

    internal sealed class RecordingJob : IJob
    {
        public static readonly ConcurrentDictionary<string, TaskCompletionSource> Runs = new();

        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            Runs.GetOrAdd(context.MergedJobDataMap.GetString("marker")!, _ => new TaskCompletionSource()).TrySetResult();
            return ValueTask.CompletedTask;
        }
    }
}
