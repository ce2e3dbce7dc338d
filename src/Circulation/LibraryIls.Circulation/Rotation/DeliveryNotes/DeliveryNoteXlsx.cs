using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LibraryIls.Circulation.Rotation.DeliveryNotes;

/// <summary>The delivery note as a one-sheet workbook, for libraries that keep their lists in Excel.</summary>
internal static class DeliveryNoteXlsx
{
    public static byte[] Write(DeliveryNote note)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = document.AddWorkbookPart();
            book.Workbook = new Workbook();
            var sheetPart = book.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var lines = new List<string[]>();
            lines.AddRange(note.Heading.Select(h => new[] { h }));
            lines.Add([]);
            lines.Add(DeliveryNote.Columns);
            lines.AddRange(note.Rows);
            lines.Add([note.Total]);
            lines.Add([]);
            lines.Add([DeliveryNote.Signatures[0], "", "", DeliveryNote.Signatures[1]]);
            lines.Add([DeliveryNote.SignHere, "", "", DeliveryNote.SignHere]);
            for (var r = 0; r < lines.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < lines[r].Length; c++)
                    if (lines[r][c].Length > 0)
                        row.Append(new Cell(new InlineString(new Text(lines[r][c]) { Space = SpaceProcessingModeValues.Preserve }))
                        {
                            CellReference = $"{(char)('A' + c)}{r + 1}", DataType = CellValues.InlineString,
                        });
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(
                new Columns(Widths(6, 14, 18, 50, 28, 16).ToArray()),
                data);
            book.Workbook.AppendChild(new Sheets(new Sheet { Id = book.GetIdOfPart(sheetPart), SheetId = 1, Name = "Biên bản giao nhận" }));
            book.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static IEnumerable<Column> Widths(params double[] widths) =>
        widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true });
}
