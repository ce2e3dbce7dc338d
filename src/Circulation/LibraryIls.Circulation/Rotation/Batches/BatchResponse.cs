namespace LibraryIls.Circulation.Rotation.Batches;

public sealed record BatchResponse(Guid Id, string Code, string SendingSiteCode, RotationState State, DateOnly PlannedFrom, string? Note,
    DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, IReadOnlyList<StageResponse> Stages, IReadOnlyList<BatchCopyResponse> Copies,
    IReadOnlyList<BatchAuditResponse> History);

public sealed record StageResponse(int Number, string DestinationSiteCode, string DestinationName, RotationState State, DateOnly PlannedUntil,
    DateTimeOffset? DispatchedAt, DateTimeOffset? ReceivedAt, DateTimeOffset? InUseAt, DateTimeOffset? ReturnedAt, DateTimeOffset? ClosedAt,
    int CopiesSent, int CopiesReturned, int CopiesMissing, int CopiesDamaged, int CopiesMovedOn);

public sealed record BatchCopyResponse(int Stage, string RegistrationNumber, RotationCopyOutcome? Outcome, DateTimeOffset? SettledAt);

public sealed record BatchAuditResponse(DateTimeOffset At, string Action, string StaffName, string? Detail);

/// <summary>Per registration number asked for: added to the batch, or why not (the others are added all the same).</summary>
public sealed record AddCopiesResponse(IReadOnlyList<string> Added, IReadOnlyList<RefusedCopy> Refused, int CopiesInBatch);

public sealed record RefusedCopy(string RegistrationNumber, string Code, string Message);

public sealed record BatchSummary(Guid Id, string Code, RotationState State, string DestinationSiteCode, int Stage, int CopiesOut,
    DateOnly PlannedFrom, DateOnly PlannedUntil);
