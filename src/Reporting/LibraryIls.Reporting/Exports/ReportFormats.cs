using LibraryIls.Reporting.Annual;

namespace LibraryIls.Reporting.Exports;

/// <summary>The file formats a report can be downloaded in, with their content types.</summary>
internal static class ReportFormats
{
    public static readonly IReadOnlyList<string> Files = ["xlsx", "docx", "csv"];

    public static bool IsKnown(string? format) => format is null or "json" || Files.Contains(format);

    public static (byte[] Content, string ContentType, string FileName) Render(AnnualReportResponse report, string format, ReportLetterhead letterhead)
    {
        var name = report.From.Month == 1 && report.From.Day == 1 && report.To == new DateOnly(report.From.Year, 12, 31)
            ? $"bao-cao-thong-ke-{report.From.Year}" : $"bao-cao-thong-ke-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}";
        if (report.ScopeSiteCode is { } site) name += "-" + site;
        return format switch
        {
            "xlsx" => (XlsxReport.Write(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
            "docx" => (DocxReport.Write(report, letterhead), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"),
            _ => (CsvReport.Write(report), "text/csv; charset=utf-8", name + ".csv"),
        };
    }

    /// <summary>"Năm 2025" for a calendar year, else the dates.</summary>
    public static (string Current, string Previous) PeriodHeadings(AnnualReportResponse report) =>
        report.From.Month == 1 && report.From.Day == 1 && report.To == new DateOnly(report.From.Year, 12, 31)
            ? ($"Năm {report.From.Year}", $"Năm {report.PreviousFrom.Year}")
            : ($"{report.From:dd/MM/yyyy}–{report.To:dd/MM/yyyy}", $"{report.PreviousFrom:dd/MM/yyyy}–{report.PreviousTo:dd/MM/yyyy}");
}
