using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Jobs;
using LibraryIls.Patrons.Data;
using Microsoft.Extensions.Logging;

namespace LibraryIls.Patrons.Visits;

/// <summary>
/// Adds the visits recorded since the last run to the daily summary behind rpt_patrons_visits_v1. Every 10 minutes
/// by default (Jobs:Schedules:patrons.visit-days); between runs the view counts the newest visits live, so a late
/// run changes no figure, only how fast it is computed.
/// </summary>
internal sealed class VisitDaysRollup(PatronsDbContext db, ConnectedDatabase database, ILogger<VisitDaysRollup> log) : IScheduledJob
{
    public const string Name = "patrons.visit-days";
    public const string Cron = "0 */10 * * * ?";

    /// <summary>Visits per transaction: short enough not to hold up the desks, large enough to catch up after an import.</summary>
    public const int Batch = 100_000;

    public async Task RunAsync(CancellationToken ct)
    {
        var moved = await SummaryRollup.RunAsync(db, database.Provider, VisitDaysSql.Rollup, Batch, ct);
        log.LogInformation("{Count} visits added to the daily summary", moved);
    }
}
