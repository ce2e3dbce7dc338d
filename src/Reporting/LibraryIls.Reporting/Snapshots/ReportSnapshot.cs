namespace LibraryIls.Reporting.Snapshots;

/// <summary>
/// A year's report as it was published: the figures (JSON) and what data they were computed from. Never
/// updated: a re-run is a new version, so what went to the ministry stays what it was.
/// </summary>
internal sealed class ReportSnapshot
{
    private ReportSnapshot() { }

    public Guid Id { get; private set; }
    public int Year { get; private set; }

    /// <summary>The subtree's root site, or null for the whole network.</summary>
    public string? ScopeSiteCode { get; private set; }

    public int Version { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string Trigger { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public string? Description { get; private set; }

    /// <summary>Per published view: rows, sums and highest ids seen when the figures were computed.</summary>
    public string SourceJson { get; private set; } = "";

    public string ReportJson { get; private set; } = "";

    public static ReportSnapshot Take(int year, string? scopeSiteCode, int version, string trigger, string createdBy,
        string? description, string sourceJson, string reportJson, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), Year = year, ScopeSiteCode = scopeSiteCode, Version = version, CreatedAt = now,
        Trigger = trigger, CreatedBy = createdBy, Description = description, SourceJson = sourceJson, ReportJson = reportJson,
    };
}
