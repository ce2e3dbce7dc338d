using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LibraryIls.Reporting.Annual;

namespace LibraryIls.Reporting.Exports;

/// <summary>
/// The figures in the layout of the report's tables, one sheet per section, Vietnamese headings; the Đề án 329
/// sheet uses the real report's table (Mục tiêu/Chỉ tiêu, Mức độ hoàn thành, Đánh giá, Ghi chú).
/// </summary>
internal static class XlsxReport
{
    private const uint Bold = 1;

    public static byte[] Write(AnnualReportResponse report)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var section in report.Sections)
            {
                var rows = new List<Row>
                {
                    TextRow(1, [$"{section.Number}. {section.Title.ToUpperInvariant()}"], Bold),
                    TextRow(2, [$"{report.Title} — {report.ScopeName}"], 0),
                    TextRow(4, ReportTable.Headings(report), Bold),
                };
                var r = 5u;
                foreach (var line in ReportTable.Rows(section, withBreakdowns: true))
                    rows.Add(FigureRow(r++, line));
                AddSheet(workbook, sheets, id++, SheetName(section), rows, [8, 60, 14, 16, 16, 16, 14]);
            }
            if (DeAn329Table.Rows(report) is { Count: > 0 } targets)
            {
                var rows = new List<Row>
                {
                    TextRow(1, ["ĐÁNH GIÁ MỨC ĐỘ HOÀN THÀNH CÁC CHỈ TIÊU ĐỀ ÁN 329"], Bold),
                    TextRow(2, [$"{report.Title} — {report.ScopeName}"], 0),
                    TextRow(4, DeAn329Table.Headings, Bold),
                };
                var r = 5u;
                foreach (var target in targets)
                    rows.Add(TextRow(r++, [target.Target, target.Achieved, target.Assessment, target.Note], 0));
                AddSheet(workbook, sheets, id, "Đề án 329", rows, [60, 60, 16, 40]);
            }
            workbook.Workbook.Save();
        }
        return buffer.ToArray();
    }

    private static string SheetName(SectionFigures section)
    {
        var name = $"{section.Number} {section.Title}";
        foreach (var c in new[] { '/', '\\', '?', '*', '[', ']', ':' }) name = name.Replace(c, ' ');
        return name.Length > 31 ? name[..31].TrimEnd() : name;
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, List<Row> rows, double[] widths)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var columns = new Columns(widths.Select((w, i) => new Column
        {
            Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true,
        }));
        part.Worksheet = new Worksheet(columns, new SheetData(rows));
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Row FigureRow(uint index, ReportTableRow line)
    {
        var style = line.IsTotal ? Bold : 0;
        var row = new Row { RowIndex = index };
        row.Append(Text("A", index, line.Number, style), Text("B", index, line.Label, style), Text("C", index, line.Unit, 0));
        var figure = line.Figure;
        var column = 'D';
        foreach (var value in new[] { figure.Current, figure.Previous, figure.Difference, figure.PercentChange })
        {
            var reference = $"{column++}{index}";
            row.Append(value is null ? new Cell { CellReference = reference }
                : new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value.Value.ToString(CultureInfo.InvariantCulture)) });
        }
        return row;
    }

    private static Row TextRow(uint index, IReadOnlyList<string> texts, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < texts.Count; i++) row.Append(Text(((char)('A' + i)).ToString(), index, texts[i], style));
        return row;
    }

    private static Cell Text(string column, uint row, string text, uint style) => new()
    {
        CellReference = column + row, DataType = CellValues.InlineString, StyleIndex = style,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }, new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true }) { Count = 2 });
}
