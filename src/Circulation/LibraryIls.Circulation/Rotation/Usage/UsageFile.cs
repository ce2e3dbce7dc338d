using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LibraryIls.Circulation.Rotation.Usage;

/// <summary>A line of a usage file: its row number and its cells under our field names (batch, site, from, to, readers, items).</summary>
internal sealed record UsageLine(int Row, IReadOnlyDictionary<string, string> Cells)
{
    public string? this[string field] => Cells.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}

/// <summary>
/// Reads the usage figures points send in: CSV (delimiter detected, UTF-8) or the first sheet of an xlsx, first row
/// the headers, in Vietnamese or English ("Mã đợt", "Điểm", "Từ ngày", "Đến ngày", "Lượt bạn đọc", "Lượt sách").
/// </summary>
internal static class UsageFile
{
    public const string Batch = "batch", Site = "site", From = "from", To = "to", Readers = "readers", Items = "items";

    private static readonly Dictionary<string, string> Headers = new()
    {
        ["mãđợt"] = Batch, ["đợt"] = Batch, ["batch"] = Batch, ["batchcode"] = Batch,
        ["điểm"] = Site, ["mãđiểm"] = Site, ["site"] = Site, ["sitecode"] = Site,
        ["từngày"] = From, ["from"] = From, ["periodfrom"] = From,
        ["đếnngày"] = To, ["to"] = To, ["periodto"] = To,
        ["lượtbạnđọc"] = Readers, ["readers"] = Readers, ["readersserved"] = Readers,
        ["lượtsách"] = Items, ["items"] = Items, ["itemuses"] = Items,
    };

    public static IEnumerable<UsageLine> Read(byte[] content, string format) =>
        format == "xlsx" ? FromRows(XlsxRows(content)) : FromRows(CsvRows(content));

    /// <summary>dd/MM/yyyy, yyyy-MM-dd, or an Excel serial date.</summary>
    public static DateOnly? Date(string? text)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466
            ? DateOnly.FromDateTime(DateTime.FromOADate(serial)) : null;
    }

    public static int? Count(string? text) =>
        int.TryParse(text, NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) ? n
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue ? (int)d
        : null;

    private static IEnumerable<UsageLine> FromRows(IEnumerable<(int Row, string[] Cells)> rows)
    {
        string?[]? fields = null;
        foreach (var (row, cells) in rows)
        {
            if (fields is null)
            {
                fields = cells.Select(h => Headers.GetValueOrDefault(string.Concat(h.Normalize(NormalizationForm.FormC).ToLowerInvariant()
                    .Where(c => !char.IsWhiteSpace(c) && c != '_')))).ToArray();
                continue;
            }
            var line = new Dictionary<string, string>();
            for (var i = 0; i < Math.Min(cells.Length, fields.Length); i++)
                if (fields[i] is { } field) line[field] = cells[i];
            if (line.Values.Any(v => !string.IsNullOrWhiteSpace(v))) yield return new UsageLine(row, line);
        }
    }

    private static IEnumerable<(int, string[])> CsvRows(byte[] content)
    {
        using var csv = new CsvReader(new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true),
            new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null });
        while (csv.Read()) yield return (csv.Parser.Row, csv.Parser.Record ?? []);
    }

    private static IEnumerable<(int, string[])> XlsxRows(byte[] content)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        var book = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var first = book.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no sheet");
        var strings = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        foreach (var row in ((WorksheetPart)book.GetPartById(first.Id!.Value!)).Worksheet.Descendants<Row>())
        {
            var cells = new SortedDictionary<int, string>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                next = column + 1;
                cells[column] = cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var s) && s < strings.Length
                    ? strings[s]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";
            }
            var values = new string[cells.Count == 0 ? 0 : cells.Keys.Last() + 1];
            Array.Fill(values, "");
            foreach (var (column, text) in cells) values[column] = text;
            yield return ((int)(row.RowIndex?.Value ?? 0), values);
        }
    }

    private static int ColumnIndex(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => n * 26 + char.ToUpperInvariant(c) - 'A' + 1) - 1;
}
