using LibraryIls.Reporting.Annual;
using static LibraryIls.Reporting.Exports.VietnameseNumbers;

namespace LibraryIls.Reporting.Exports;

/// <summary>
/// The table of the real report (the Vĩnh Long provincial library's report, part II.1): each Đề án 329 target,
/// how far the library reached it this period and the previous one, and whether it is reached.
/// </summary>
internal sealed record DeAn329Target(string Target, string Achieved, string Assessment, string Note);

internal static class DeAn329Table
{
    public static readonly string[] Headings = ["Mục tiêu/Chỉ tiêu (từ Đề án 329)", "Mức độ hoàn thành tại Thư viện", "Đánh giá", "Ghi chú"];

    private static readonly (string Code, string Target, decimal Goal, string Note)[] Targets =
    [
        (Indicators.PupilsServedShare, "1. Phấn đấu 80% học sinh, sinh viên và người học khác được tiếp cận, sử dụng thông tin, tri thức tại các thư viện công cộng.", 80m, "Tỷ lệ học sinh, sinh viên có thẻ còn hiệu lực cuối kỳ trên số học sinh, sinh viên đã nhập."),
        (Indicators.RuralServedShare, "2. Phấn đấu 20% - 25% người dân ở khu vực nông thôn được tiếp cận, sử dụng thông tin, tri thức và các dịch vụ liên quan tại các thư viện công cộng.", 20m, "Thẻ còn hiệu lực cấp tại cơ sở nông thôn trên dân số nông thôn đã nhập."),
        (Indicators.CopiesPerInhabitant, "3. Bình quân 0,4 bản sách/người dân.", 0.4m, "Tổng số bản sách cuối kỳ trên dân số."),
        (Indicators.ItemsPerInhabitant, "4. Bình quân 4,5 lượt tài liệu được đọc/người dân/năm.", 4.5m, "Lượt sách, tài liệu phục vụ trên dân số."),
        (Indicators.Visits, "5. Số lượt người truy cập và sử dụng thông tin tại các thư viện đạt 250.000 lượt/năm.", 250_000m, "Tổng lượt bạn đọc mọi hình thức (tại chỗ, xe lưu động, điểm luân chuyển, trực tuyến)."),
    ];

    public static IReadOnlyList<DeAn329Target> Rows(AnnualReportResponse report)
    {
        var (current, previous) = ReportFormats.PeriodHeadings(report);
        var rows = new List<DeAn329Target>();
        foreach (var (code, target, goal, note) in Targets)
        {
            if (report.Find(code) is not { } indicator) continue;
            var total = indicator.Total;
            var unit = indicator.Unit == "%" ? "%" : " " + indicator.Unit;
            var achieved = $"- {current}: {Format(total.Current)}{unit}. - {previous}: {Format(total.Previous)}{unit}.";
            var assessment = total.Current is null ? "Chưa có số liệu" : total.Current >= goal ? "Đạt" : "Đang thực hiện";
            rows.Add(new DeAn329Target(target, achieved, assessment, note));
        }
        return rows;
    }
}
