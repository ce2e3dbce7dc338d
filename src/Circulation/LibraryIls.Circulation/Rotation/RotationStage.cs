using LibraryIls.Organization.Contracts;

namespace LibraryIls.Circulation.Rotation;

/// <summary>
/// One destination a batch goes to (Koha's stock-rotation stage). The destination's kind, level and area are
/// taken at dispatch, so the figures of past years do not move when a site is reclassified.
/// </summary>
internal sealed class RotationStage
{
    private RotationStage() { }

    public Guid Id { get; private set; }
    public Guid BatchId { get; private set; }
    public int Number { get; private set; }
    public Guid DestinationSiteId { get; private set; }
    public SiteKind DestinationKind { get; private set; }
    public RotationPointKind? DestinationPointKind { get; private set; }
    public SiteLevel DestinationLevel { get; private set; }
    public bool DestinationIsRural { get; private set; }
    public bool DestinationIsDisadvantaged { get; private set; }
    public DateOnly PlannedUntil { get; private set; }
    public RotationState State { get; private set; }
    public DateTimeOffset? DispatchedAt { get; private set; }
    public DateTimeOffset? ReceivedAt { get; private set; }
    public DateTimeOffset? InUseAt { get; private set; }
    public DateTimeOffset? ReturnedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public static RotationStage To(Guid batchId, int number, SiteInfo destination, DateOnly plannedUntil)
    {
        var stage = new RotationStage { Id = Guid.CreateVersion7(), BatchId = batchId, Number = number, PlannedUntil = plannedUntil, State = RotationState.Draft };
        stage.Describe(destination);
        return stage;
    }

    public void Describe(SiteInfo destination)
    {
        DestinationSiteId = destination.Id;
        DestinationKind = destination.Kind;
        DestinationPointKind = destination.PointKind;
        DestinationLevel = destination.Level;
        DestinationIsRural = destination.IsRural;
        DestinationIsDisadvantaged = destination.IsDisadvantagedArea;
    }

    public void Dispatch(DateTimeOffset now) => (State, DispatchedAt) = (RotationState.Dispatched, now);

    public void Receive(DateTimeOffset now) => (State, ReceivedAt) = (RotationState.Received, now);

    public void StartUse(DateTimeOffset now) => (State, InUseAt) = (RotationState.InUse, now);

    public void Leave(RotationState state, DateTimeOffset now) => (State, ReturnedAt) = (state, now);

    public void Close(DateTimeOffset now)
    {
        if (State == RotationState.Returned) State = RotationState.Closed;
        ClosedAt = now;
    }
}
