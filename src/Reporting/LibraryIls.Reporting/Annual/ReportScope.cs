namespace LibraryIls.Reporting.Annual;

/// <summary>Which sites a report counts: null <see cref="Sites"/> is the whole network.</summary>
internal sealed record ReportScope(string? SiteCode, string Name, IReadOnlyCollection<Guid>? Sites)
{
    public static readonly ReportScope Network = new(null, "Toàn mạng lưới thư viện", null);
}
