namespace LibraryIls.Circulation.Rotation;

/// <summary>
/// Where a rotation batch (đợt luân chuyển) stands: chuẩn bị → đã xuất → đã nhận → đang phục vụ → đã thu hồi → kết thúc.
/// A stage left by moving the batch on to the next point is <see cref="MovedOn"/>.
/// </summary>
public enum RotationState
{
    Draft = 1,
    Dispatched = 2,
    Received = 3,
    InUse = 4,
    MovedOn = 5,
    Returned = 6,
    Closed = 7,
}

/// <summary>How a copy of a stage was settled: back home, damaged, missing (at the point or on arrival), or moved on.</summary>
public enum RotationCopyOutcome
{
    Returned = 1,
    Damaged = 2,
    Missing = 3,
    MissingOnArrival = 4,
    MovedOn = 5,
}
