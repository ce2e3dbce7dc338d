namespace LibraryIls.Patrons.Privacy;

/// <summary>
/// Who did what to a reader's data and when (Decree 13/2023: processing of personal data is recorded).
/// Holds field names, never the personal values, so it can outlive an erasure.
/// </summary>
internal sealed class AuditEntry
{
    private AuditEntry() { }

    public Guid Id { get; private set; }
    public Guid ReaderId { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string Action { get; private set; } = "";
    public string Actor { get; private set; } = "";
    public Guid? ActorStaffId { get; private set; }
    public string? Detail { get; private set; }

    public static AuditEntry Of(Guid readerId, string action, string actor, Guid? staffId, string? detail, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(), ReaderId = readerId, AtUtc = nowUtc, Action = action, Actor = actor,
        ActorStaffId = staffId, Detail = detail is { Length: > 1000 } ? detail[..1000] : detail,
    };
}
