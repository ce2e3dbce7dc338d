using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Jobs;
using LibraryIls.Circulation.Data;
using Microsoft.Extensions.Logging;

namespace LibraryIls.Circulation.ReportingViews;

/// <summary>
/// Adds the events written since the last run to the daily summary behind rpt_circulation_daily_v1, so the annual
/// report reads a few hundred thousand day rows instead of ten million events. Every 10 minutes by default
/// (Jobs:Schedules:circulation.reporting-days); between runs the view counts the newest events live, so a
/// late run changes no figure, only how fast it is computed.
/// </summary>
internal sealed class CirculationDaysRollup(CirculationDbContext db, ConnectedDatabase database, ILogger<CirculationDaysRollup> log) : IScheduledJob
{
    public const string Name = "circulation.reporting-days";
    public const string Cron = "0 */10 * * * ?";

    /// <summary>Events per transaction: short enough not to hold up the desks, large enough to catch up after an import.</summary>
    public const int Batch = 100_000;

    public async Task RunAsync(CancellationToken ct)
    {
        var moved = await SummaryRollup.RunAsync(db, database.Provider, CirculationDaysSql.Rollup, Batch, ct);
        log.LogInformation("{Count} circulation events added to the daily summary", moved);
    }
}
