using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LibraryIls.Reporting.Annual;
using static LibraryIls.Reporting.Exports.VietnameseNumbers;

namespace LibraryIls.Reporting.Exports;

/// <summary>
/// The annual report in Vietnamese as a library signs and sends it: the administrative heading (governing body and
/// issuing library, number, Quốc hiệu and tiêu ngữ, place and date), title, recipient, then the statistics numbered as
/// the ministry's outline (Circular 16/2022): Phần thứ nhất › II › 2.2 (the public network by level: collection
/// building, processing, digital library, reading culture, network; the performance figures compared with the previous
/// year) › 2.3 (other libraries); and the signature block with the recipients (nơi nhận).
/// </summary>
internal static class DocxReport
{
    public static byte[] Write(AnnualReportResponse report, ReportLetterhead letterhead)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            var (current, previous) = ReportFormats.PeriodHeadings(report);
            var previousName = previous.ToLowerInvariant();

            body.Append(Heading(report, letterhead));
            body.Append(Para("BÁO CÁO", bold: true, center: true, size: 32));
            body.Append(Para(report.Title, bold: true, center: true));
            body.Append(Para(report.ScopeName, center: true));
            body.Append(Para($"Kính gửi: {letterhead.Recipient}", center: true));
            body.Append(Para("Phần thứ nhất", bold: true, center: true));
            body.Append(Para($"TÌNH HÌNH THỰC HIỆN NHIỆM VỤ {current.ToUpperInvariant()}", bold: true, center: true));
            body.Append(Para("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM", bold: true));
            body.Append(Para("2.2. Tình hình tổ chức và hoạt động của hệ thống thư viện công cộng (Thư viện cấp tỉnh, huyện, xã) phân chia theo từng cấp quản lý", bold: true));
            body.Append(Para("- Các hoạt động chuyên môn, nghiệp vụ của thư viện:"));
            Part(body, report, "+ Xây dựng tài nguyên thông tin;", "5");
            // Online accesses (section 4) are among the performance figures below, as the outline lists them there.
            Part(body, report, "+ Xử lý tài nguyên thông tin và tổ chức hệ thống tra cứu thông tin;", "6");
            Part(body, report, "+ Phát triển văn hóa đọc;", "11");
            Part(body, report, "+ Phát triển thư viện số;", "9");
            Part(body, report, "+ Phát triển mạng lưới thư viện;", "7");
            body.Append(Para($"- Hiệu quả hoạt động của thư viện (số thẻ, số lượt phục vụ, số lượt tài nguyên thông tin phục vụ, số lượt truy cập…); có so sánh với {previousName} (số lượng tăng/giảm; tỷ lệ phần trăm):"));
            foreach (var number in new[] { "1", "2", "3", "4" }) Section(body, report, number);
            ByLevel(body, report);
            Part(body, report, "- Kết quả triển khai các Đề án, Dự án từ nguồn xã hội hóa (Dự án ô tô thư viện lưu động):", "8");
            body.Append(Para("2.3. Tình hình tổ chức và hoạt động của các loại hình thư viện khác trên địa bàn", bold: true));
            Part(body, report, "- Thư viện tư nhân có phục vụ cộng đồng, thư viện cộng đồng, phòng đọc cơ sở và không gian đọc:", "10");
            body.Append(Para("Phụ lục. Thống kê theo TCVN 12843:2019 (ISO 2789:2013)", bold: true));
            Section(body, report, "12");
            foreach (var note in report.Notes) body.Append(Para("Ghi chú: " + note));
            body.Append(Signature(letterhead));
            body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1701U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return buffer.ToArray();
    }

    private static void Part(Body body, AnnualReportResponse report, string heading, params string[] sections)
    {
        body.Append(Para(heading));
        foreach (var number in sections) Section(body, report, number);
    }

    private static void Section(Body body, AnnualReportResponse report, string number)
    {
        if (report.Sections.FirstOrDefault(s => s.Number == number) is not { } section)
        {
            body.Append(Para("Chưa có số liệu.", italic: true));
            return;
        }
        body.Append(Para($"Bảng {section.Number}. {section.Title}", italic: true));
        var previousName = ReportFormats.PeriodHeadings(report).Previous.ToLowerInvariant();
        foreach (var indicator in section.Indicators)
            body.Append(Para($"{indicator.Name}: {Format(indicator.Total.Current)} {indicator.Unit}" +
                (indicator.Total.Difference is null ? "." : $", {Change(indicator.Total, indicator.Unit)} so với {previousName}.")));
        body.Append(Table(ReportTable.Headings(report), ReportTable.Rows(section, withBreakdowns: false)
            .Select(r => new[] { r.Number, r.Label, r.Unit, Format(r.Figure.Current), Format(r.Figure.Previous), Format(r.Figure.Difference), Format(r.Figure.PercentChange) })));
        if (number == "11" && DeAn329Table.Rows(report) is { Count: > 0 } targets)
            body.Append(Table(DeAn329Table.Headings, targets.Select(t => new[] { t.Target, t.Achieved, t.Assessment, t.Note })));
    }

    /// <summary>The outline asks for the network "phân chia theo từng cấp quản lý": the main figures per level.</summary>
    private static void ByLevel(Body body, AnnualReportResponse report)
    {
        var (current, previous) = ReportFormats.PeriodHeadings(report);
        var rows = new List<string[]>();
        // The figures the ministry publishes per level: cards issued, visits, items served (rotation included), books held
        // and books added in the year.
        foreach (var code in new[] { Indicators.CardsIssued, Indicators.Visits, Indicators.ItemsServed, Indicators.CollectionCopies, Indicators.AddedCopies })
        {
            if (report.Find(code) is not { } indicator || !indicator.Breakdowns.TryGetValue(Dimensions.Level, out var levels)) continue;
            foreach (var level in levels)
                rows.Add([indicator.Name, level.Label, Format(level.Figure.Current), Format(level.Figure.Previous), Format(level.Figure.Difference), Format(level.Figure.PercentChange)]);
        }
        if (rows.Count == 0) return;
        body.Append(Para("Bảng: Các chỉ tiêu chính phân theo cấp", italic: true));
        body.Append(Table(["Chỉ tiêu", "Cấp", current, previous, "Tăng/giảm", "Tỷ lệ tăng/giảm (%)"], rows));
    }

    /// <summary>Governing body, issuing library and number on the left; Quốc hiệu, tiêu ngữ, place and date on the right.</summary>
    private static Table Heading(AnnualReportResponse report, ReportLetterhead letterhead)
    {
        var issuer = letterhead.IssuingBody is { Length: > 0 } named ? named : report.ScopeName.ToUpperInvariant();
        return Plain(
            [Para(letterhead.ParentBody.ToUpperInvariant(), center: true, size: 24), Para(issuer, bold: true, center: true, size: 24),
             Para($"Số: …/{letterhead.NumberSymbol}", center: true, size: 24)],
            [Para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, center: true, size: 24),
             Para("Độc lập - Tự do - Hạnh phúc", bold: true, center: true, size: 26),
             Para($"{letterhead.Place}, ngày … tháng … năm …", italic: true, center: true)]);
    }

    /// <summary>Where the report goes on the left, who signs on the right, with room for the signature and the seal.</summary>
    private static Table Signature(ReportLetterhead letterhead) => Plain(
        [Para("Nơi nhận:", bold: true, italic: true, size: 24), Para($"- Như trên ({letterhead.Recipient});", size: 22),
         Para("- Sở Văn hóa, Thể thao và Du lịch;", size: 22), Para("- Lưu: VT.", size: 22)],
        [Para(letterhead.SignerTitle, bold: true, center: true), Para("(Ký, ghi rõ họ tên và đóng dấu)", italic: true, center: true),
         Para(""), Para(""), Para("…", bold: true, center: true)]);

    /// <summary>Two columns without borders, as a heading or a signature block is laid out.</summary>
    private static Table Plain(IEnumerable<Paragraph> left, IEnumerable<Paragraph> right)
    {
        var none = new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, none));
        table.Append(new TableGrid(new GridColumn { Width = "3900" }, new GridColumn { Width = "5100" }));
        table.Append(new TableRow(new TableCell(left), new TableCell(right)));
        return table;
    }

    private static Paragraph Para(string text, bool bold = false, bool italic = false, bool center = false, int size = 26)
    {
        var runProperties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" });
        if (bold) runProperties.Append(new Bold());
        if (italic) runProperties.Append(new Italic());
        runProperties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var paragraph = new Paragraph();
        if (center) paragraph.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        paragraph.Append(new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(IReadOnlyList<string> headings, IEnumerable<string[]> rows)
    {
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border()));
        table.Append(new TableGrid(headings.Select(_ => new GridColumn { Width = (9000 / headings.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(headings, bold: true));
        foreach (var row in rows) table.Append(Row(row, bold: false));
        return table;
    }

    private static TableRow Row(IEnumerable<string> cells, bool bold) =>
        new(cells.Select(c => new TableCell(Para(c, bold: bold, size: 22))));
}
