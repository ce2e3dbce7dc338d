using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using LibraryIls.Reporting.Annual;
using LibraryIls.Reporting.Exports;

namespace LibraryIls.Reporting.Tests;

/// <summary>The files a manager sends on: valid Office documents, the right numbers in the right cells.</summary>
public sealed class ExportTests(GeneratedYearsFixture fixture) : IClassFixture<GeneratedYearsFixture>
{
    private async Task<(AnnualReportResponse Report, byte[] File)> DownloadAsync(string provider, string format)
    {
        var (api, data) = await fixture.For(provider);
        var admin = await api.AdminAsync();
        await admin.EnterInputsAsync(ReportingApi.Inputs(data.Network));
        var report = await admin.AnnualAsync(2025);
        var response = await admin.GetAsync($"/api/reporting/annual/2025?format={format}");
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"bao-cao-thong-ke-2025.{format}");
        return (report, await response.Content.ReadAsByteArrayAsync());
    }

    private static string Vietnamese(decimal? value) =>
        value!.Value.ToString("#,0.####", CultureInfo.InvariantCulture).Replace(',', ' ').Replace('.', ',').Replace(' ', '.');

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_the_year_When_it_is_downloaded_as_xlsx_Then_it_is_valid_and_each_figure_is_in_its_row(string provider)
    {
        var (report, file) = await DownloadAsync(provider, "xlsx");

        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        new OpenXmlValidator().Validate(document).Select(e => e.Description).ShouldBeEmpty();
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).ShouldContain("Đề án 329");
        sheets.Count.ShouldBe(report.Sections.Count + 1);
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var codes = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        foreach (var (section, sheet) in report.Sections.Zip(sheets))
        {
            // Named in whole words, the headings frozen above the rows, figures bordered and formatted.
            var title = XlsxReport.SheetText(section.Title);
            var name = sheet.Name!.Value!;
            name.Length.ShouldBeLessThanOrEqualTo(31);
            var full = name == title ? title : $"{section.Number}. {title}";
            full.ShouldStartWith(name);
            (name.Length == full.Length || full[name.Length] is ' ' or ',' or '-').ShouldBeTrue($"'{name}' cuts a word of '{full}'");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var pane = part.Worksheet.GetFirstChild<SheetViews>()!.Elements<SheetView>().Single().GetFirstChild<Pane>()!;
            (pane.State!.Value, pane.VerticalSplit!.Value).ShouldBe((PaneStateValues.Frozen, 4d));
            var total = part.Worksheet.Descendants<Cell>().First(c => c.CellReference == "D5");
            var format = formats[(int)total.StyleIndex!.Value];
            codes[format.NumberFormatId!.Value].ShouldBe("#,##0.##");
            format.BorderId!.Value.ShouldBe(1u);
            var rows = Rows(part);
            rows[3].ShouldBe(["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2024", "Tăng/giảm", "Tỷ lệ tăng/giảm (%)"]);
            foreach (var indicator in section.Indicators)
            {
                var row = rows.Single(r => r.Count > 1 && r[1] == indicator.Name);
                Number(row, 3).ShouldBe(indicator.Total.Current, indicator.Code);
                Number(row, 4).ShouldBe(indicator.Total.Previous, indicator.Code);
                Number(row, 5).ShouldBe(indicator.Total.Difference, indicator.Code);
                Number(row, 6).ShouldBe(indicator.Total.PercentChange, indicator.Code);
            }
        }
        var cards = report.Find("cards.issued")!;
        var province = cards.Breakdowns["level"].Single(l => l.Key == "Province");
        var cardRows = Rows((WorksheetPart)workbook.GetPartById(sheets[0].Id!));
        Number(cardRows.First(r => r.Count > 1 && r[1] == "    Theo cấp: Cấp tỉnh"), 3).ShouldBe(province.Figure.Current);
        var targets = Rows((WorksheetPart)workbook.GetPartById(sheets[^1].Id!));
        targets[3].ShouldBe(["Mục tiêu/Chỉ tiêu (từ Đề án 329)", "Mức độ hoàn thành tại Thư viện", "Đánh giá", "Ghi chú"]);
        targets.Single(r => r.Count > 0 && r[0].StartsWith("3. Bình quân 0,4", StringComparison.Ordinal))[1]
            .ShouldContain(Vietnamese(report.Find("de329.copiesPerInhabitant")!.Total.Current));
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_the_year_When_it_is_downloaded_as_docx_Then_it_is_valid_follows_the_outline_and_carries_the_figures(string provider)
    {
        var (report, file) = await DownloadAsync(provider, "docx");

        using var document = WordprocessingDocument.Open(new MemoryStream(file), false);
        new OpenXmlValidator().Validate(document).Select(e => e.Description).ShouldBeEmpty();
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        var outline = new[]
        {
            "Phần thứ nhất", "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2025", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM",
            "2.2. Tình hình tổ chức và hoạt động của hệ thống thư viện công cộng", "+ Xây dựng tài nguyên thông tin;",
            "- Hiệu quả hoạt động của thư viện", "2.3. Tình hình tổ chức và hoạt động của các loại hình thư viện khác trên địa bàn",
        };
        var positions = outline.Select(h => paragraphs.FindIndex(p => p.StartsWith(h, StringComparison.Ordinal))).ToList();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBeInOrder();
        var issued = report.Find("cards.issued")!.Total;
        paragraphs.ShouldContain(p => p.StartsWith($"Số thẻ cấp mới: {Vietnamese(issued.Current)} thẻ", StringComparison.Ordinal)
                                      && p.EndsWith("so với năm 2024.", StringComparison.Ordinal));

        // A report a library signs and sends: heading, number and date to fill in, recipient, then at the end who signs.
        var all = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        var form = new[]
        {
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "THƯ VIỆN TỈNH", "Số: …/BC-TV", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "…, ngày … tháng … năm …", "BÁO CÁO", "Kính gửi: Bộ Văn hóa, Thể thao và Du lịch (Vụ Thư viện)", "Phần thứ nhất", "Nơi nhận:", "GIÁM ĐỐC",
            "(Ký, ghi rõ họ tên và đóng dấu)",
        };
        var at = form.Select(h => all.FindIndex(p => p.StartsWith(h, StringComparison.Ordinal))).ToList();
        all.Where(p => p.StartsWith("Bảng ", StringComparison.Ordinal)).GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key)
            .ShouldBeEmpty("no table twice");
        at.ShouldAllBe(p => p >= 0, string.Join(" | ", form.Zip(at).Where(f => f.Second < 0).Select(f => f.First)));
        at.ShouldBeInOrder();
        var tables = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().ToList();
        var cardRow = tables.SelectMany(t => t.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>())
            .Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList())
            .First(cells => cells[1] == "Số thẻ cấp mới");
        cardRow.ShouldBe(["1.1", "Số thẻ cấp mới", "thẻ", Vietnamese(issued.Current), Vietnamese(issued.Previous), Vietnamese(issued.Difference),
            issued.PercentChange is null ? "–" : Vietnamese(issued.PercentChange)]);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_the_year_When_it_is_downloaded_as_csv_Then_each_figure_is_a_line(string provider)
    {
        var (report, file) = await DownloadAsync(provider, "csv");

        using var csv = new CsvHelper.CsvReader(new StreamReader(new MemoryStream(file)), CultureInfo.InvariantCulture);
        var lines = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        var loans = report.Find("items.loans")!.Total;
        var line = lines.Single(l => (string)l["Mã chỉ tiêu"] == "items.loans" && (string)l["Phân tổ"] == "");
        decimal.Parse((string)line["Năm 2025"], CultureInfo.InvariantCulture).ShouldBe(loans.Current!.Value);
        decimal.Parse((string)line["Năm 2024"], CultureInfo.InvariantCulture).ShouldBe(loans.Previous!.Value);

        // Codes come with their Vietnamese names beside them.
        var byLevel = lines.First(l => (string)l["Mã chỉ tiêu"] == "items.loans" && (string)l["Phân tổ"] == "level" && (string)l["Mã giá trị"] == "Commune");
        ((string)byLevel["Tên phân tổ"], (string)byLevel["Giá trị phân tổ"]).ShouldBe(("Theo cấp", "Cấp xã"));
        ((string)line["Chỉ tiêu"]).ShouldBe(report.Find("items.loans")!.Name);
    }

    /// <summary>The sheet's rows by row number (index 0 = row 1), empty rows kept.</summary>
    private static List<List<string>> Rows(WorksheetPart part)
    {
        var result = new List<List<string>>();
        foreach (var row in part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
        {
            while (result.Count < row.RowIndex!.Value - 1) result.Add([]);
            result.Add(row.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToList());
        }
        return result;
    }

    private static decimal? Number(List<string> row, int column) =>
        row.Count > column && row[column].Length > 0 ? decimal.Parse(row[column], CultureInfo.InvariantCulture) : null;
}
