using LibraryIls.Reporting.Annual;

namespace LibraryIls.Reporting.Exports;

/// <summary>
/// The rows of a report table in the layout both files use: TT, Chỉ tiêu, Đơn vị tính, this period, the
/// previous one, Tăng/giảm, Tỷ lệ (%). An indicator's row, then its breakdowns indented under it.
/// </summary>
internal sealed record ReportTableRow(string Number, string Label, string Unit, Figure Figure, bool IsTotal);

internal static class ReportTable
{
    public static readonly IReadOnlyDictionary<string, string> DimensionNames = new Dictionary<string, string>
    {
        [Dimensions.Level] = "Theo cấp", [Dimensions.Site] = "Theo cơ sở", [Dimensions.Category] = "Theo đối tượng bạn đọc",
        [Dimensions.Month] = "Theo tháng", [Dimensions.Channel] = "Theo hình thức phục vụ", [Dimensions.Kind] = "Theo loại",
        [Dimensions.Source] = "Theo nguồn bổ sung", [Dimensions.ItemType] = "Theo loại tài liệu", [Dimensions.Ddc] = "Theo môn loại (DDC)",
        [Dimensions.Location] = "Theo kho", [Dimensions.PointKind] = "Theo loại điểm", [Dimensions.Rural] = "Theo địa bàn",
        [Dimensions.LocalStudies] = "Theo loại tài liệu", [Dimensions.Stop] = "Theo điểm dừng của xe",
    };

    public static string[] Headings(AnnualReportResponse report)
    {
        var (current, previous) = ReportFormats.PeriodHeadings(report);
        return ["TT", "Chỉ tiêu", "Đơn vị tính", current, previous, "Tăng/giảm", "Tỷ lệ tăng/giảm (%)"];
    }

    public static IEnumerable<ReportTableRow> Rows(SectionFigures section, bool withBreakdowns)
    {
        var n = 0;
        foreach (var indicator in section.Indicators)
        {
            n++;
            yield return new ReportTableRow($"{section.Number}.{n}", indicator.Name, indicator.Unit, indicator.Total, true);
            if (!withBreakdowns) continue;
            foreach (var (dimension, rows) in indicator.Breakdowns)
                foreach (var row in rows)
                    yield return new ReportTableRow("", $"    {DimensionNames.GetValueOrDefault(dimension, dimension)}: {row.Label}", indicator.Unit, row.Figure, false);
        }
    }
}
