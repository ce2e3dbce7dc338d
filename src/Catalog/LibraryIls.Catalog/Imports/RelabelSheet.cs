using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using LibraryIls.Catalog.Classification;
using LibraryIls.Organization.Contracts;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// The new labels of a relabelling round (<see cref="RelabelList"/>) as a page to print on A4 from any browser: four
/// labels a row in shelf order, each with the spine lines of its call number, the number the copy carries now in large
/// type, and under it the old label to look for and the start of the title, so the label goes on the right book.
/// </summary>
internal static class RelabelSheet
{
    private const int TitleLength = 40;

    /// <summary>Markup characters escaped; Vietnamese letters kept as they are, not as numeric entities.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Html(SiteInfo site, IReadOnlyList<RelabelList.Line> lines, DateOnly printedOn)
    {
        static string E(string text) => Encoder.Encode(text);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>Nhãn mới / New labels — {{E(site.Code)}}</title>
            <style>
            @page { size: A4; margin: 8mm; }
            body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; margin: 0; }
            header p { margin: 0 0 4mm; }
            .sheet { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm; }
            .label { border: 0.2mm dashed #888; padding: 2mm; height: 34mm; overflow: hidden; break-inside: avoid; }
            .spine { font: bold 12pt "DejaVu Sans Mono", monospace; line-height: 1.15; }
            .number { font: bold 11pt "DejaVu Sans Mono", monospace; margin-top: 1mm; }
            .old { font-size: 7pt; color: #333; }
            @media print { header { display: none; } }
            </style>
            </head>
            <body>
            <header>
            <h1>Nhãn mới cần dán — {{E(site.Name)}} ({{E(site.Code)}}) / New labels to stick on</h1>
            <p>{{lines.Count}} bản, theo thứ tự trên giá; in ngày {{printedOn:dd/MM/yyyy}}. / {{lines.Count}} copies in shelf order; printed {{printedOn:yyyy-MM-dd}}.</p>
            </header>
            <main class="sheet">

            """);
        foreach (var line in lines)
        {
            var spine = string.Join("<br>", CallNumber.Parse(line.CallNumber).SpineLines().Select(E));
            var title = line.Title.Length <= TitleLength ? line.Title : line.Title[..(TitleLength - 1)] + "…";
            html.Append(CultureInfo.InvariantCulture,
                $"""<div class="label"><div class="spine">{spine}</div><div class="number">{E(line.RegistrationNumber)}</div><div class="old">nhãn cũ / old: {E(line.OldLabel)} ({E(line.Source)}) · {E(title)}</div></div>""")
                .Append('\n');
        }
        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }
}
