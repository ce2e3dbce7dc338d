using LibraryIls.Catalog.Contracts;

namespace LibraryIls.Circulation.Rotation;

/// <summary>
/// A copy in one stage of a batch. <see cref="OpenCopyId"/> holds the copy's id while the copy belongs to the
/// batch (from being added until it is settled); a unique index on it lets the database itself refuse a copy
/// in two open batches.
/// </summary>
internal sealed class RotationCopy
{
    private RotationCopy() { }

    public long Id { get; private set; }
    public Guid BatchId { get; private set; }
    public int StageNumber { get; private set; }
    public Guid CopyId { get; private set; }
    public Guid? OpenCopyId { get; private set; }
    public string RegistrationNumber { get; private set; } = "";

    /// <summary>Where the copy lives when it is home, so that the return puts it back on its own shelf.</summary>
    public Guid HomeSiteId { get; private set; }
    public CopyLocation HomeLocation { get; private set; }
    public RotationCopyOutcome? Outcome { get; private set; }
    public DateTimeOffset? SettledAt { get; private set; }

    public bool IsOut => Outcome is null;

    public static RotationCopy Of(Guid batchId, int stage, CopySummary copy) => new()
    {
        BatchId = batchId, StageNumber = stage, CopyId = copy.Id, OpenCopyId = copy.Id, RegistrationNumber = copy.RegistrationNumber,
        HomeSiteId = copy.SiteId, HomeLocation = copy.Location,
    };

    /// <summary>The same copy in the next stage: it goes on from the point without coming home.</summary>
    public RotationCopy MoveOn(int nextStage, DateTimeOffset now)
    {
        Settle(RotationCopyOutcome.MovedOn, now);
        return new RotationCopy
        {
            BatchId = BatchId, StageNumber = nextStage, CopyId = CopyId, OpenCopyId = CopyId, RegistrationNumber = RegistrationNumber,
            HomeSiteId = HomeSiteId, HomeLocation = HomeLocation,
        };
    }

    public void Settle(RotationCopyOutcome outcome, DateTimeOffset now) => (Outcome, SettledAt, OpenCopyId) = (outcome, now, null);
}
