namespace LibraryIls.Testing;

/// <summary>
/// The test host's clock: real time plus an offset a test can move forward (due dates, pickup deadlines,
/// card expiry). Tokens are issued on this clock too, so sign in again after moving it.
/// </summary>
public sealed class AdjustableClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
