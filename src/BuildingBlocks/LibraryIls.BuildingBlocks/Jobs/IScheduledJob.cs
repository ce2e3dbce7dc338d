namespace LibraryIls.BuildingBlocks.Jobs;

/// <summary>
/// Work a module wants done on a schedule (card expiry at night, overdue notices, the annual snapshot).
/// It calls the same handlers the endpoints call; the Host runs it through Quartz, one node at a time.
/// </summary>
public interface IScheduledJob
{
    Task RunAsync(CancellationToken ct);
}
