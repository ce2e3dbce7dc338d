namespace LibraryIls.Reporting;

/// <summary>Settings under <c>Reporting</c>.</summary>
internal sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>Reader categories counted as pupils and students for the Đề án 329 share (the seeded codes by default).</summary>
    public string[] PupilCategories { get; set; } = ["HOC_SINH", "SINH_VIEN"];

    /// <summary>Who sends the report: the heading and signature of the docx a library signs and sends.</summary>
    public ReportLetterhead Letterhead { get; set; } = new();

    /// <summary>When the annual snapshot job runs (Quartz cron, Vietnam time): 1 January, 01:00.</summary>
    public const string SnapshotCron = "0 0 1 1 1 ?";
}

/// <summary>
/// The administrative heading of the report (thể thức văn bản hành chính): the governing body and the library that
/// issues it, the place, to whom it goes and who signs. Left as they are, the placeholders (…) are filled in by hand.
/// Settings under <c>Reporting:Letterhead</c>.
/// </summary>
internal sealed class ReportLetterhead
{
    public string ParentBody { get; set; } = "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH …";

    /// <summary>The library that issues it; empty: the report's scope (its site's name, or the network).</summary>
    public string IssuingBody { get; set; } = "THƯ VIỆN TỈNH …";

    public string NumberSymbol { get; set; } = "BC-TV";
    public string Place { get; set; } = "…";
    public string Recipient { get; set; } = "Bộ Văn hóa, Thể thao và Du lịch (Vụ Thư viện)";
    public string SignerTitle { get; set; } = "GIÁM ĐỐC";
}
