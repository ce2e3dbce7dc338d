using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LibraryIls.Patrons.Import;

/// <summary>One data row of a legacy export: its row number in the file and its cells by column header.</summary>
internal sealed record TableRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    public string? this[string? column] =>
        column is not null && Cells.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>Reads the legacy systems' reader exports: CSV (any usual delimiter, UTF-8) or the first sheet of an xlsx.</summary>
internal static class TableFile
{
    public static IEnumerable<TableRow> Read(Stream content, string format) =>
        format.Equals("xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(content) : ReadCsv(content);

    private static IEnumerable<TableRow> ReadCsv(Stream content)
    {
        using var text = new StreamReader(content, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true, BadDataFound = null, MissingFieldFound = null, TrimOptions = TrimOptions.Trim,
        });
        if (!csv.Read() || !csv.ReadHeader()) yield break;
        var headers = csv.HeaderRecord!;
        while (csv.Read())
        {
            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < headers.Length; i++) cells.TryAdd(headers[i].Trim(), csv.GetField(i) ?? "");
            yield return new TableRow(csv.Parser.Row, cells);
        }
    }

    private static IEnumerable<TableRow> ReadXlsx(Stream content)
    {
        using var document = SpreadsheetDocument.Open(content, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The xlsx file has no workbook.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new InvalidDataException("The xlsx file has no sheet.");
        var worksheet = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        string[]? headers = null;
        foreach (var row in worksheet.Worksheet.Descendants<Row>())
        {
            var values = new Dictionary<int, string>();
            foreach (var cell in row.Elements<Cell>())
                values[Column(cell.CellReference?.Value)] = Value(cell, shared);
            if (headers is null)
            {
                headers = new string[values.Count == 0 ? 0 : values.Keys.Max() + 1];
                foreach (var (column, value) in values) headers[column] = value.Trim();
                continue;
            }
            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (column, value) in values)
                if (column < headers.Length && !string.IsNullOrEmpty(headers[column])) cells.TryAdd(headers[column], value);
            if (cells.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
                yield return new TableRow((int)(row.RowIndex?.Value ?? 0), cells);
        }
    }

    private static string Value(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index) && index < shared.Count)
            return shared[index];
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return cell.CellValue?.Text ?? "";
    }

    private static int Column(string? reference)
    {
        var column = 0;
        foreach (var c in reference ?? "A")
        {
            if (!char.IsLetter(c)) break;
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return column - 1;
    }
}
