namespace LibraryIls.Circulation.Rotation;

/// <summary>Who did which step of a batch, and when (the sending library answers for the copies it lends out).</summary>
internal sealed class RotationAuditEntry
{
    private RotationAuditEntry() { }

    public long Id { get; private set; }
    public Guid BatchId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Action { get; private set; } = "";
    public Guid? StaffId { get; private set; }
    public string StaffName { get; private set; } = "";
    public string? Detail { get; private set; }

    public static RotationAuditEntry Of(Guid batchId, DateTimeOffset at, string action, Guid? staffId, string staffName, string? detail) =>
        new() { BatchId = batchId, At = at, Action = action, StaffId = staffId, StaffName = staffName, Detail = detail };
}
