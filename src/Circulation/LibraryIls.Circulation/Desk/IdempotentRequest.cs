namespace LibraryIls.Circulation.Desk;

/// <summary>
/// The answer given to a request that carried an Idempotency-Key: a desk or kiosk that retries after a
/// dropped connection gets the first answer again instead of a second loan or a false refusal.
/// </summary>
internal sealed class IdempotentRequest
{
    private IdempotentRequest() { }

    public string Key { get; private set; } = "";
    public string Operation { get; private set; } = "";
    public Guid ResultId { get; private set; }
    public DateTimeOffset At { get; private set; }

    public static IdempotentRequest Of(string key, string operation, Guid resultId, DateTimeOffset at) =>
        new() { Key = key, Operation = operation, ResultId = resultId, At = at };
}
