namespace LibraryIls.Catalog.Opac;

/// <summary>One online access (lượt truy cập) to the OPAC: a search or a record view. No reader, no address, no query text.</summary>
internal sealed class OpacAccess
{
    public const string Search = "Search";
    public const string RecordView = "RecordView";

    private OpacAccess() { }

    public OpacAccess(string kind, DateTime occurredAtUtc, Guid? siteId)
    {
        Kind = kind;
        OccurredAtUtc = DateTime.SpecifyKind(occurredAtUtc, DateTimeKind.Utc);
        SiteId = siteId;
    }

    public long AccessId { get; private set; }
    public string Kind { get; private set; } = "";
    public DateTime OccurredAtUtc { get; private set; }
    public Guid? SiteId { get; private set; }
}
