using System.Globalization;
using System.Text;
using CsvHelper;
using LibraryIls.Reporting.Annual;

namespace LibraryIls.Reporting.Exports;

/// <summary>
/// One line per figure (total or breakdown entry), for spreadsheets and the statistics office's tools: every code
/// (indicator, breakdown, breakdown key) with its Vietnamese name beside it.
/// </summary>
internal static class CsvReport
{
    public static byte[] Write(AnnualReportResponse report)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            var (current, previous) = ReportFormats.PeriodHeadings(report);
            foreach (var heading in new[] { "Mục", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị", "Phân tổ", "Tên phân tổ", "Mã giá trị", "Giá trị phân tổ",
                         current, previous, "Tăng/giảm", "Tỷ lệ tăng/giảm (%)" })
                csv.WriteField(heading);
            csv.NextRecord();
            foreach (var section in report.Sections)
                foreach (var indicator in section.Indicators)
                {
                    Line(csv, section, indicator, "", "", "Tổng số", indicator.Total);
                    foreach (var (dimension, rows) in indicator.Breakdowns)
                        foreach (var row in rows) Line(csv, section, indicator, dimension, row.Key, row.Label, row.Figure);
                }
        }
        return buffer.ToArray();
    }

    private static void Line(CsvWriter csv, SectionFigures section, IndicatorFigures indicator, string dimension, string key, string label, Figure figure)
    {
        var dimensionName = dimension.Length == 0 ? "" : ReportTable.DimensionNames.GetValueOrDefault(dimension, dimension);
        foreach (var field in new[] { section.Number, indicator.Code, indicator.Name, indicator.Unit, dimension, dimensionName, key, label })
            csv.WriteField(field);
        foreach (var value in new[] { figure.Current, figure.Previous, figure.Difference, figure.PercentChange })
            csv.WriteField(value?.ToString(CultureInfo.InvariantCulture) ?? "");
        csv.NextRecord();
    }
}
