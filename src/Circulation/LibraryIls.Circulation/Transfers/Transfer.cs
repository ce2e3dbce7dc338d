namespace LibraryIls.Circulation.Transfers;

public enum TransferReason
{
    /// <summary>Returned at another site: goes back to its home site.</summary>
    ReturnHome = 1,

    /// <summary>Caught for a hold to be collected at another site.</summary>
    Hold = 2,

    /// <summary>Sent by staff (stock moved between sites).</summary>
    Manual = 3,
}

/// <summary>A copy on its way between two sites; while it travels it cannot be lent.</summary>
internal sealed class Transfer
{
    private Transfer() { }

    public Guid Id { get; private set; }
    public Guid CopyId { get; private set; }
    public Guid FromSiteId { get; private set; }
    public Guid ToSiteId { get; private set; }
    public TransferReason Reason { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public DateTimeOffset? ReceivedAt { get; private set; }

    public bool IsOpen => ReceivedAt is null;

    public static Transfer Send(Guid copyId, Guid from, Guid to, TransferReason reason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), CopyId = copyId, FromSiteId = from, ToSiteId = to, Reason = reason, SentAt = now,
    };

    public void Receive(DateTimeOffset now) => ReceivedAt = now;
}
