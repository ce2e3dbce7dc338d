using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LibraryIls.Reporting.Annual;

namespace LibraryIls.Reporting.Exports;

/// <summary>
/// The figures in the layout of the report's tables, one sheet per section named in whole words, Vietnamese headings
/// frozen above the rows, every table cell bordered, counts with thousands grouped and percentages with two decimals;
/// the Đề án 329 sheet uses the real report's table (Mục tiêu/Chỉ tiêu, Mức độ hoàn thành, Đánh giá, Ghi chú).
/// </summary>
internal static class XlsxReport
{
    // Cell formats, in the order of the stylesheet's CellFormats.
    private const uint Bold = 1;
    private const uint Boxed = 2;
    private const uint BoxedBold = 3;
    private const uint Count = 4;
    private const uint CountBold = 5;
    private const uint Percent = 6;
    private const uint PercentBold = 7;
    private const uint CountFormat = 164;
    private const uint PercentFormat = 165;
    private const uint HeadingRows = 4;

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
                    TextRow(4, ReportTable.Headings(report), BoxedBold),
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
                    TextRow(4, DeAn329Table.Headings, BoxedBold),
                };
                var r = 5u;
                foreach (var target in targets)
                    rows.Add(TextRow(r++, [target.Target, target.Achieved, target.Assessment, target.Note], Boxed));
                AddSheet(workbook, sheets, id, "Đề án 329", rows, [60, 60, 16, 40]);
            }
            workbook.Workbook.Save();
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// The section in at most 31 characters (Excel's limit): its number and title without the part in brackets, or the
    /// title alone when both do not fit, or else the number and title cut between words, never inside one.
    /// </summary>
    private static string SheetName(SectionFigures section)
    {
        var title = SheetText(section.Title);
        var numbered = $"{section.Number}. {title}";
        if (numbered.Length <= 31) return numbered;
        if (title.Length <= 31) return title;
        var cut = numbered[..32].LastIndexOf(' ');
        return numbered[..(cut > 0 ? cut : 31)].TrimEnd(' ', ',', '-');
    }

    /// <summary>Without brackets and the characters Excel refuses in a sheet's name; "12843:2019" stays one word as "12843-2019".</summary>
    internal static string SheetText(string title)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(title, @"\s*\([^)]*\)", "").Replace(':', '-');
        foreach (var c in new[] { '/', '\\', '?', '*', '[', ']' }) text = text.Replace(c, ' ');
        return text.Trim();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, List<Row> rows, double[] widths)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var columns = new Columns(widths.Select((w, i) => new Column
        {
            Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true,
        }));
        // The headings stay in view while the rows scroll.
        var frozen = new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = HeadingRows, TopLeftCell = $"A{HeadingRows + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        }) { WorkbookViewId = 0 });
        part.Worksheet = new Worksheet(frozen, columns, new SheetData(rows));
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Row FigureRow(uint index, ReportTableRow line)
    {
        var style = line.IsTotal ? BoxedBold : Boxed;
        var row = new Row { RowIndex = index };
        row.Append(Text("A", index, line.Number, style), Text("B", index, line.Label, style), Text("C", index, line.Unit, Boxed));
        var figure = line.Figure;
        var column = 'D';
        foreach (var (value, isPercent) in new[] { (figure.Current, false), (figure.Previous, false), (figure.Difference, false), (figure.PercentChange, true) })
        {
            var reference = $"{column++}{index}";
            var format = isPercent ? (line.IsTotal ? PercentBold : Percent) : (line.IsTotal ? CountBold : Count);
            row.Append(value is null ? new Cell { CellReference = reference, StyleIndex = Boxed }
                : new Cell { CellReference = reference, StyleIndex = format, DataType = CellValues.Number, CellValue = new CellValue(value.Value.ToString(CultureInfo.InvariantCulture)) });
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

    private static Stylesheet Stylesheet()
    {
        static CellFormat Format(uint font, uint border, uint numberFormat = 0) => new()
        {
            FontId = font, FillId = 0, BorderId = border, NumberFormatId = numberFormat,
            ApplyFont = font != 0, ApplyBorder = border != 0, ApplyNumberFormat = numberFormat != 0,
        };
        static Border Thin() => new(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = CountFormat, FormatCode = "#,##0.##" },
                new NumberingFormat { NumberFormatId = PercentFormat, FormatCode = "0.00" }) { Count = 2 },
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), Thin()) { Count = 2 },
            new CellFormats(Format(0, 0), Format(1, 0), Format(0, 1), Format(1, 1), Format(0, 1, CountFormat), Format(1, 1, CountFormat),
                Format(0, 1, PercentFormat), Format(1, 1, PercentFormat)) { Count = 8 });
    }
}
