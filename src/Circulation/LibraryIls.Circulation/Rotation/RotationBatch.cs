using LibraryIls.Catalog.Contracts;
using LibraryIls.Organization.Contracts;

namespace LibraryIls.Circulation.Rotation;

/// <summary>What came back from a point: registration numbers returned in good order, damaged, or missing.</summary>
internal sealed record Settlement(IReadOnlyCollection<string> Returned, IReadOnlyCollection<string> Damaged, IReadOnlyCollection<string> Missing)
{
    public static readonly Settlement None = new([], [], []);
}

/// <summary>
/// A rotation batch (đợt luân chuyển, Circular 05/2022/TT-BVHTTDL): copies lent by a sending library to a point for a
/// period, then taken back or moved on to the next point. The batch's state is the state of its current stage.
/// </summary>
internal sealed class RotationBatch
{
    private readonly List<RotationStage> _stages = [];
    private readonly List<RotationCopy> _copies = [];

    private RotationBatch() { }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public Guid SendingSiteId { get; private set; }
    public DateOnly PlannedFrom { get; private set; }
    public string? Note { get; private set; }
    public RotationState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Every change raises it; two desks taking the same step at once get one success and one CONCURRENT_CHANGE.</summary>
    public int Version { get; private set; }
    public IReadOnlyCollection<RotationStage> Stages => _stages;
    public IReadOnlyCollection<RotationCopy> Copies => _copies;

    public RotationStage CurrentStage => _stages.MaxBy(s => s.Number)!;

    /// <summary>The copies at the current point that have not been settled.</summary>
    public IEnumerable<RotationCopy> CopiesOut => _copies.Where(c => c.StageNumber == CurrentStage.Number && c.IsOut);

    public static RotationBatch Create(string code, SiteInfo sending, SiteInfo destination, DateOnly from, DateOnly until, string? note,
        DateTimeOffset now)
    {
        if (!RotationPoints.CanReceive(destination)) throw RotationRefusals.NotARotationPoint(destination.Code);
        var batch = new RotationBatch
        {
            Id = Guid.CreateVersion7(), Code = code, SendingSiteId = sending.Id, PlannedFrom = from, Note = note,
            State = RotationState.Draft, CreatedAt = now,
        };
        batch._stages.Add(RotationStage.To(batch.Id, 1, destination, until));
        return batch;
    }

    public RotationCopy Add(CopySummary copy)
    {
        if (State != RotationState.Draft) throw RotationRefusals.NotDraft();
        if (_copies.Any(c => c.CopyId == copy.Id)) throw RotationRefusals.CopyAlreadyInBatch(copy.RegistrationNumber);
        if (copy.Status != CopyStatus.Available) throw RotationRefusals.CopyNotAvailable(copy.RegistrationNumber);
        if (copy.SiteId != SendingSiteId) throw RotationRefusals.CopyNotAtSendingSite(copy.RegistrationNumber);
        var added = RotationCopy.Of(Id, 1, copy);
        _copies.Add(added);
        Version++;
        return added;
    }

    public RotationCopy Remove(string registrationNumber)
    {
        if (State != RotationState.Draft) throw RotationRefusals.NotDraft();
        var copy = Find(_copies, registrationNumber);
        _copies.Remove(copy);
        Version++;
        return copy;
    }

    public void Dispatch(SiteInfo destination, DateTimeOffset now)
    {
        Require(RotationState.Draft, "xuất đợt", "dispatched");
        if (_copies.Count == 0) throw RotationRefusals.Empty();
        CurrentStage.Describe(destination);
        CurrentStage.Dispatch(now);
        State = RotationState.Dispatched;
        Version++;
    }

    /// <summary>The point confirms receipt; copies that did not arrive are settled as missing on arrival.</summary>
    public IReadOnlyList<RotationCopy> Receive(IReadOnlyCollection<string> missing, DateTimeOffset now)
    {
        Require(RotationState.Dispatched, "xác nhận đã nhận", "received");
        var lost = missing.Distinct(StringComparer.OrdinalIgnoreCase).Select(n => Find(CopiesOut, n)).ToList();
        foreach (var copy in lost) copy.Settle(RotationCopyOutcome.MissingOnArrival, now);
        CurrentStage.Receive(now);
        State = RotationState.Received;
        Version++;
        return lost;
    }

    public void StartUse(DateTimeOffset now)
    {
        Require(RotationState.Received, "đưa vào phục vụ", "put into use");
        CurrentStage.StartUse(now);
        State = RotationState.InUse;
        Version++;
    }

    /// <summary>The batch comes home: every copy still out must be returned, damaged or missing.</summary>
    public IReadOnlyList<RotationCopy> Return(Settlement settlement, bool remainingAreMissing, DateTimeOffset now)
    {
        RequireAtPoint("thu hồi", "returned");
        var settled = Settle(settlement, now);
        var left = CopiesOut.ToList();
        if (left.Count > 0 && !remainingAreMissing) throw RotationRefusals.NotAccountedFor(left.Select(c => c.RegistrationNumber));
        foreach (var copy in left) copy.Settle(RotationCopyOutcome.Missing, now);
        CurrentStage.Leave(RotationState.Returned, now);
        State = RotationState.Returned;
        Version++;
        return [.. settled, .. left];
    }

    /// <summary>
    /// The copies still out go on to the next point without coming home (Koha's stock rotation); the ones named in
    /// the settlement are settled here. The new stage starts dispatched.
    /// </summary>
    public (IReadOnlyList<RotationCopy> Settled, IReadOnlyList<RotationCopy> Moved, RotationStage Next) MoveOn(SiteInfo next, DateOnly until,
        Settlement settlement, DateTimeOffset now)
    {
        RequireAtPoint("chuyển tiếp", "moved on");
        if (!RotationPoints.CanReceive(next)) throw RotationRefusals.NotARotationPoint(next.Code);
        if (next.Id == CurrentStage.DestinationSiteId) throw RotationRefusals.SameDestination();
        var settled = Settle(settlement, now);
        var going = CopiesOut.ToList();
        if (going.Count == 0) throw RotationRefusals.NothingToMoveOn();
        var stage = RotationStage.To(Id, CurrentStage.Number + 1, next, until);
        var moved = going.Select(c => c.MoveOn(stage.Number, now)).ToList();
        CurrentStage.Leave(RotationState.MovedOn, now);
        _copies.AddRange(moved);
        _stages.Add(stage);
        stage.Dispatch(now);
        State = RotationState.Dispatched;
        Version++;
        return (settled, moved, stage);
    }

    public void Close(DateTimeOffset now)
    {
        Require(RotationState.Returned, "kết thúc", "closed");
        foreach (var stage in _stages) stage.Close(now);
        State = RotationState.Closed;
        ClosedAt = now;
        Version++;
    }

    private List<RotationCopy> Settle(Settlement settlement, DateTimeOffset now)
    {
        var named = new[] { (settlement.Returned, RotationCopyOutcome.Returned), (settlement.Damaged, RotationCopyOutcome.Damaged),
            (settlement.Missing, RotationCopyOutcome.Missing) };
        var plan = named.SelectMany(n => n.Item1.Select(number => (Copy: Find(CopiesOut, number), Outcome: n.Item2)))
            .DistinctBy(p => p.Copy.Id).ToList();
        foreach (var (copy, outcome) in plan) copy.Settle(outcome, now);
        return plan.Select(p => p.Copy).ToList();
    }

    private void RequireAtPoint(string stepVi, string stepEn)
    {
        if (State is not (RotationState.Received or RotationState.InUse)) throw RotationRefusals.StepNotAllowed(stepVi, stepEn, State);
    }

    private void Require(RotationState state, string stepVi, string stepEn)
    {
        if (State != state) throw RotationRefusals.StepNotAllowed(stepVi, stepEn, State);
    }

    private static RotationCopy Find(IEnumerable<RotationCopy> copies, string registrationNumber) =>
        copies.FirstOrDefault(c => string.Equals(c.RegistrationNumber, registrationNumber.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw RotationRefusals.CopyNotInBatch(registrationNumber.Trim());
}
