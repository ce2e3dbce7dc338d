namespace LibraryIls.Reporting;

/// <summary>Settings under <c>Reporting</c>.</summary>
internal sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>Reader categories counted as pupils and students for the Đề án 329 share (the seeded codes by default).</summary>
    public string[] PupilCategories { get; set; } = ["HOC_SINH", "SINH_VIEN"];

    /// <summary>When the annual snapshot job runs (Quartz cron, Vietnam time): 1 January, 01:00.</summary>
    public const string SnapshotCron = "0 0 1 1 1 ?";
}
