using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LibraryIls.Circulation.Rotation.DeliveryNotes;

/// <summary>The delivery note as a Word document (A4, Times New Roman as Vietnamese administrative documents use).</summary>
internal static class DeliveryNoteDocx
{
    public static byte[] Write(DeliveryNote note)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            var heading = note.Heading;
            body.Append(Line(heading[0], bold: true, centred: true), Line(heading[1], bold: true, centred: true), Line(""),
                Line(heading[2], bold: true, centred: true, size: 28));
            foreach (var text in heading.Skip(3)) body.Append(Line(text));
            body.Append(Table([DeliveryNote.Columns, .. note.Rows], borders: true));
            body.Append(Line(note.Total, bold: true), Line(""));
            body.Append(Table([DeliveryNote.Signatures, [DeliveryNote.SignHere, DeliveryNote.SignHere]], borders: false));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1701, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Line(string text, bool bold = false, bool centred = false, int size = 24)
    {
        var properties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" });
        if (bold) properties.Append(new Bold());
        properties.Append(new FontSize { Val = size.ToString() });
        var paragraph = new Paragraph();
        if (centred) paragraph.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        paragraph.Append(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(IReadOnlyList<string[]> rows, bool borders)
    {
        var columns = rows[0].Length;
        var width = 9000 / columns;
        var properties = new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct });
        if (borders)
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }));
        var table = new Table(properties, new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString() })));
        for (var r = 0; r < rows.Count; r++)
            table.Append(new TableRow(rows[r].Select(text => new TableCell(
                new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }),
                Line(text, bold: r == 0, centred: !borders || r == 0)))));
        return table;
    }
}
