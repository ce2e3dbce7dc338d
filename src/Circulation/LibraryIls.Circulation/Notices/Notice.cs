namespace LibraryIls.Circulation.Notices;

public enum NoticeKind
{
    DueSoon = 1,
    Overdue = 2,
    HoldAvailable = 3,
}

/// <summary>
/// A notice sent to a reader. Its <see cref="Key"/> (kind, loan or hold, and the occasion) is unique in the
/// database, so however often the job runs, and on however many nodes, each notice goes out once.
/// </summary>
internal sealed class Notice
{
    private Notice() { }

    public Guid Id { get; private set; }
    public string Key { get; private set; } = "";
    public NoticeKind Kind { get; private set; }
    public Guid ReaderId { get; private set; }
    public string Channel { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public DateTimeOffset SentAt { get; private set; }

    public static Notice Claim(string key, NoticeKind kind, Guid readerId, string channel, string subject, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), Key = key, Kind = kind, ReaderId = readerId, Channel = channel, Subject = subject, SentAt = now,
    };
}

public sealed record NoticeResponse(NoticeKind Kind, string Channel, string Subject, DateTimeOffset SentAt);
