using LibraryIls.BuildingBlocks.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Testing.ReportingData;

/// <summary>
/// Runs the jobs that keep the modules' daily reporting summaries (rpt_circulation_daily_v1, rpt_patrons_visits_v1)
/// up to date, as the scheduler would: found by their job names, so tests and the bench need none of the modules' internals.
/// </summary>
public static class ReportingRollups
{
    public const string CirculationDays = "circulation.reporting-days";
    public const string VisitDays = "patrons.visit-days";

    public static async Task RunAsync(IServiceProvider services, params string[] jobs)
    {
        foreach (var name in jobs.Length == 0 ? [CirculationDays, VisitDays] : jobs)
        {
            var definition = services.GetServices<ScheduledJobDefinition>().Single(d => d.Name == name);
            using var scope = services.CreateScope();
            await ((IScheduledJob)scope.ServiceProvider.GetRequiredService(definition.JobType)).RunAsync(default);
        }
    }
}
