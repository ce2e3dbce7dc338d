using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Circulation.Rotation.Usage;

namespace LibraryIls.Circulation.Tests;

/// <summary>Usage figures reported by the points (entered or uploaded), the event log and views they feed, and the delivery note.</summary>
public sealed class RotationUsageApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy");

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_batch_at_a_point_When_usage_is_entered_and_uploaded_as_csv_Then_good_rows_count_once_and_bad_rows_say_why(string provider)
    {
        var rotation = await RotationScenario.StartAsync(await apis.For(provider), copies: 4);
        var first = await rotation.AtTheSchoolAsync(rotation.Desk.Copies[0], rotation.Desk.Copies[1]);
        var second = await rotation.AtTheSchoolAsync(rotation.Desk.Copies[2]);
        var today = rotation.Today;

        var entered = await rotation.Staff.PostAsJsonAsync($"/api/circulation/rotation/batches/{first.Id}/usage",
            new { periodFrom = today, periodTo = today, readersServed = 31, itemUses = 95 });
        entered.StatusCode.ShouldBe(HttpStatusCode.Created, await entered.Content.ReadAsStringAsync());
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsJsonAsync($"/api/circulation/rotation/batches/{first.Id}/usage",
            new { periodFrom = today, periodTo = today, readersServed = 1, itemUses = 1 }), "USAGE_ALREADY_REPORTED");
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsJsonAsync($"/api/circulation/rotation/batches/{first.Id}/usage",
            new { periodFrom = today.AddDays(-10), periodTo = today.AddDays(-1), readersServed = 1, itemUses = 1 }), "USAGE_PERIOD_INVALID");
        (await rotation.Staff.PostAsJsonAsync($"/api/circulation/rotation/batches/{first.Id}/usage",
            new { periodFrom = today, periodTo = today, readersServed = -1, itemUses = 1 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var csv = string.Join("\n",
            "Mã đợt,Điểm,Từ ngày,Đến ngày,Lượt bạn đọc,Lượt sách",
            $"{second.Code},{rotation.School},{Day(today)},{Day(today)},12,40",
            $"{first.Code},,{Day(today)},{Day(today)},5,5",
            $"LC-0000-XXXXXX,,{Day(today)},{Day(today)},5,5",
            $"{second.Code},,31/02/2026,{Day(today)},5,5",
            $"{second.Code},,{Day(today)},{Day(today.AddDays(1))},5,-3",
            $"{second.Code},{rotation.BorderPost},{Day(today)},{Day(today)},5,5");
        var result = await Import(rotation, "csv", Encoding.UTF8.GetBytes(csv));
        (result.Accepted, result.ItemUses, result.ReadersServed).ShouldBe((1, 40, 12));
        result.Failed.Select(f => (f.Row, f.Code)).ShouldBe([
            (3, "USAGE_ALREADY_REPORTED"), (4, "NOT_FOUND"), (5, "USAGE_ROW_INVALID"), (6, "USAGE_ROW_INVALID"), (7, "NOT_FOUND"),
        ]);
        result.Failed.Single(f => f.Row == 5).Reason.ShouldContain("31/02/2026");

        var school = await rotation.SiteIdAsync(rotation.School);
        var events = await rotation.ViewAsync<CirculationEventRowV1>(CirculationEventRowV1.ViewName, "\"SiteId\" = {0}", school);
        events.Select(e => (e.Kind, e.SiteLevel, e.Count, e.CopyId, e.ReaderCategory)).OrderBy(e => e.Count)
            .ShouldBe([("RotationUse", "Commune", 40, (Guid?)null, (string?)null), ("RotationUse", "Commune", 95, null, null)]);
        events.ShouldAllBe(e => DateOnly.FromDateTime(e.OccurredAtUtc) == today);
        var usage = await rotation.ViewAsync<RotationUsageRowV1>(RotationUsageRowV1.ViewName, "\"SiteId\" = {0}", school);
        usage.Select(u => (u.BatchId, u.SiteLevel, u.IsRural, u.PeriodFrom, u.PeriodTo, u.ReadersServed, u.ItemUses)).OrderBy(u => u.ItemUses)
            .ShouldBe([(second.Id, "Commune", true, today, today, 12, 40), (first.Id, "Commune", true, today, today, 31, 95)]);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_usage_in_an_xlsx_When_it_is_uploaded_Then_the_good_rows_are_saved_and_the_failing_row_is_named(string provider)
    {
        var rotation = await RotationScenario.StartAsync(await apis.For(provider), copies: 2);
        var batch = await rotation.AtTheSchoolAsync(rotation.Desk.Copies[0]);
        var moved = await rotation.StepAsync(batch.Id, "move-on", new { destinationSiteCode = rotation.BorderPost, plannedUntil = rotation.Today.AddDays(30) });
        await rotation.StepAsync(moved.Id, "receive");
        var today = rotation.Today;
        var xlsx = Workbook([
            ["Batch", "Site", "From", "To", "Readers", "Items"],
            [batch.Code, rotation.School, today, today, 7, 21],
            [batch.Code, rotation.BorderPost, today, today, 9, 30],
            [batch.Code, rotation.BorderPost, today, today, "nhiều", 30],
        ]);
        var result = await Import(rotation, "xlsx", xlsx);
        (result.Accepted, result.ItemUses).ShouldBe((2, 51));
        result.Failed.Select(f => (f.Row, f.Code)).ShouldBe([(4, "USAGE_ROW_INVALID")]);
        result.Failed[0].Reason.ShouldContain("nhiều");

        var border = await rotation.SiteIdAsync(rotation.BorderPost);
        (await rotation.ViewAsync<CirculationEventRowV1>(CirculationEventRowV1.ViewName, "\"SiteId\" = {0}", border))
            .Select(e => (e.Kind, e.Count)).ShouldBe([("RotationUse", 30)]);
        (await rotation.ViewAsync<RotationUsageRowV1>(RotationUsageRowV1.ViewName, "\"BatchId\" = {0}", batch.Id)).Count.ShouldBe(2);
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsJsonAsync("/api/circulation/rotation/usage-imports",
            new { format = "xlsx", contentBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("not a workbook")) }), "USAGE_FILE_UNREADABLE");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_dispatched_batch_When_its_delivery_note_is_asked_for_Then_docx_and_xlsx_are_valid_and_list_the_copies(string provider)
    {
        var rotation = await RotationScenario.StartAsync(await apis.For(provider), copies: 3);
        var batch = await rotation.AtTheSchoolAsync([.. rotation.Desk.Copies]);
        var url = $"/api/circulation/rotation/batches/{batch.Id}/delivery-note";

        var docx = await rotation.Staff.GetAsync(url + "?format=docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            new OpenXmlValidator(FileFormatVersions.Office2016).Validate(word).Select(e => e.Description).ShouldBeEmpty();
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            text.ShouldContain("BIÊN BẢN GIAO NHẬN TÀI LIỆU LUÂN CHUYỂN");
            text.ShouldContain("ĐẠI DIỆN BÊN NHẬN");
            text.ShouldContain("Tắt đèn");
            text.ShouldContain("895.9223");
            foreach (var copy in rotation.Desk.Copies) text.ShouldContain(copy);
        }

        var xlsx = await rotation.Staff.GetAsync(url + "?format=xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var book = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        new OpenXmlValidator(FileFormatVersions.Office2016).Validate(book).Select(e => e.Description).ShouldBeEmpty();
        var cells = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Select(c => c.InnerText).ToList();
        cells.ShouldContain("Số ĐKCB");
        cells.ShouldContain("Tổng cộng: 3 bản.");
        foreach (var copy in rotation.Desk.Copies) cells.ShouldContain(copy);
    }

    private static async Task<UsageImportResult> Import(RotationScenario rotation, string format, byte[] content)
    {
        var response = await rotation.Staff.PostAsJsonAsync("/api/circulation/rotation/usage-imports",
            new { format, contentBase64 = Convert.ToBase64String(content) });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<UsageImportResult>(TestJson.Options))!;
    }

    /// <summary>A sheet as spreadsheet programs write it: text in shared strings, numbers as numbers, dates as serial numbers.</summary>
    private static byte[] Workbook(object[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = document.AddWorkbookPart();
            book.Workbook = new Workbook();
            var strings = book.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var data = new SheetData();
            foreach (var (values, r) in rows.Select((v, i) => (v, i + 1)))
                data.Append(new Row(values.Select((value, c) => value switch
                {
                    int n => new Cell { CellReference = $"{(char)('A' + c)}{r}", CellValue = new CellValue(n) },
                    DateOnly d => new Cell { CellReference = $"{(char)('A' + c)}{r}", CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate()) },
                    _ => Shared(strings.SharedStringTable, $"{(char)('A' + c)}{r}", value.ToString()!),
                })) { RowIndex = (uint)r });
            var sheet = book.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            book.Workbook.AppendChild(new Sheets(new Sheet { Id = book.GetIdOfPart(sheet), SheetId = 1, Name = "Báo cáo" }));
        }
        return stream.ToArray();
    }

    private static Cell Shared(SharedStringTable table, string reference, string text)
    {
        table.AppendChild(new SharedStringItem(new Text(text)));
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(table.Count() - 1) };
    }
}
