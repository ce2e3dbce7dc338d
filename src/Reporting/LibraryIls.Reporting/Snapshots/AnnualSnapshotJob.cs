using LibraryIls.BuildingBlocks.Jobs;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Reporting.Annual;

namespace LibraryIls.Reporting.Snapshots;

/// <summary>On 1 January (Jobs:Schedules:reporting-annual-snapshot), the year just ended, whole network, stored for good.</summary>
internal sealed class AnnualSnapshotJob(SnapshotTaker taker, TimeProvider clock) : IScheduledJob
{
    public const string Name = "reporting-annual-snapshot";

    public async Task RunAsync(CancellationToken ct)
    {
        var lastYear = VietnamDate.Today(clock).Year - 1;
        await taker.TakeAsync(lastYear, ReportScope.Network, "schedule", "system", $"Báo cáo năm {lastYear}, lập tự động ngày 1/1", ct);
    }
}
