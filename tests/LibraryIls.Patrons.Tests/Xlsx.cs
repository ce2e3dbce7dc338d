using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LibraryIls.Patrons.Tests;

/// <summary>Writes a one-sheet workbook the way spreadsheet programs do: text in shared strings, dates as serial numbers.</summary>
internal static class Xlsx
{
    public static byte[] Write(IReadOnlyList<object?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    row.Append(rows[r][c] switch
                    {
                        null => new Cell { CellReference = reference },
                        DateOnly d => new Cell { CellReference = reference, CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)) },
                        var text => Shared(strings.SharedStringTable, reference, text.ToString()!),
                    });
                }
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Bạn đọc" }));
        }
        return stream.ToArray();
    }

    private static Cell Shared(SharedStringTable table, string reference, string text)
    {
        table.AppendChild(new SharedStringItem(new Text(text)));
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((table.Count() - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) };
    }
}
