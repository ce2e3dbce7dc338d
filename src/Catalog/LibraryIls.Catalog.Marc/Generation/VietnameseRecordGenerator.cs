using System.Globalization;
using System.Text;
using Words = LibraryIls.Catalog.Marc.Generation.VietnameseCatalogueWords;

namespace LibraryIls.Catalog.Marc.Generation;

/// <summary>
/// Deterministic, realistic Vietnamese bibliographic records (NFC, UTF-8): titles, authors,
/// publishers, DDC numbers, ISBNs with correct check digits and 1-3 copies in Koha's 952.
/// The same seed always gives the same records. Used by benchmarks, import tests and demo data. With
/// catalogueScale, titles and authors are drawn from a large vocabulary with realistic frequencies
/// (<see cref="VietnameseCatalogueScale"/>) instead of a few dozen well-known ones.
/// </summary>
public sealed class VietnameseRecordGenerator(ulong seed = 2709, bool catalogueScale = false)
{
    private readonly VietnameseCatalogueScale? _scale = catalogueScale ? new VietnameseCatalogueScale() : null;

    /// <summary>Changes whenever the records for a given seed change, so cached sample files are rebuilt.</summary>
    public const int Version = 1;

    private readonly SplitMix64 _random = new(seed);
    private int _next;

    /// <summary>An endless, deterministic stream of records.</summary>
    public IEnumerable<MarcRecord> Records(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next();
        }
    }

    public MarcRecord Next()
    {
        var number = _next++;
        var r = _random;
        var author = _scale is null || r.Chance(5) ? r.Pick(Words.Authors) : _scale.Author(r);
        var title = _scale is null || r.Chance(10) ? r.Pick(Words.Titles) : _scale.Title(r);
        var (publisher, place) = r.Pick(Words.Publishers);
        var (ddc, subject) = r.Pick(Words.Classes);
        var year = r.Next(1975, 2026);
        var record = new MarcRecord("00000nam a2200000 i 4500") { Index = number };
        record.AddControlField("001", $"VN{number:D9}");
        record.AddControlField("003", "LibraryIls");
        record.AddControlField("005", $"{year}{r.Next(1, 13):D2}{r.Next(1, 29):D2}093000.0");
        // 008 for books: date entered, single date, Vietnam, no illustrations coded, fiction flag, Vietnamese, cataloguing source d.
        record.AddControlField("008", $"{year % 100:D2}{r.Next(1, 13):D2}{r.Next(1, 29):D2}s{year}    vm " + "000 1 ".PadLeft(17) + "vie d");
        record.AddDataField(new DataField("020", ' ', ' ', new Subfield('a', Isbn13(number)), new Subfield('c', $"{r.Next(20, 300) * 1000}đ")));
        record.AddDataField(new DataField("041", '0', ' ', new Subfield('a', "vie")));
        record.AddDataField(new DataField("082", '0', '4', new Subfield('a', ddc), new Subfield('2', "23/vie")));
        var cutter = Cutter(author);
        record.AddDataField(new DataField("100", '1', ' ', new Subfield('a', author)));
        var titleField = new DataField("245", '1', '0', new Subfield('a', r.Chance(30) ? $"{title}. Tập {r.Next(1, 5)}" : title));
        titleField.Add('b', r.Pick(Words.Subtitles)).Add('c', author);
        record.AddDataField(titleField);
        if (r.Chance(40))
        {
            record.AddDataField(new DataField("250", ' ', ' ', new Subfield('a', $"Tái bản lần thứ {r.Next(1, 12)}")));
        }

        record.AddDataField(new DataField("264", ' ', '1', new Subfield('a', place), new Subfield('b', publisher), new Subfield('c', year.ToString(CultureInfo.InvariantCulture))));
        record.AddDataField(new DataField("300", ' ', ' ', new Subfield('a', $"{r.Next(48, 900)} tr."), new Subfield('c', $"{r.Next(13, 30)} cm")));
        record.AddDataField(new DataField("650", ' ', '7', new Subfield('a', subject), new Subfield('2', "Bộ TK TVQG")));
        var copies = r.Next(1, 4);
        for (var c = 0; c < copies; c++)
        {
            var site = r.Pick(Words.Sites);
            record.AddDataField(new DataField(
                "952", ' ', ' ',
                new Subfield('a', site),
                new Subfield('b', site),
                new Subfield('c', r.Pick(Words.Locations)),
                new Subfield('o', $"{ddc} {cutter}"),
                new Subfield('p', $"{r.Pick(Words.RegistrationPrefixes)}.{r.Next(1, 1_000_000):D6}"),
                new Subfield('y', "SACH")));
        }

        return record;
    }

    /// <summary>Writes <paramref name="count"/> records as ISO 2709 (UTF-8).</summary>
    public void WriteIso2709(Stream output, int count)
    {
        using var writer = new Iso2709Writer(output, leaveOpen: true);
        for (var i = 0; i < count; i++)
        {
            writer.Write(Next());
        }
    }

    private static string Isbn13(int number)
    {
        var body = $"978604{number % 1_000_000:D6}";
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (body[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return body + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A simplified Vietnamese author mark: first letter of the given name, upper case, no diacritics.</summary>
    private static string Cutter(string author)
    {
        var given = author.Split(' ')[^1];
        var letter = given.Normalize(NormalizationForm.FormD)[0];
        return $"{char.ToUpperInvariant(letter)}{given.Length * 37 % 900 + 100}";
    }
}
