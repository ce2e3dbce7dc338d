using System.Globalization;
using System.Text;

namespace LibraryIls.Catalog.Marc.Generation;

/// <summary>How one legacy system exported: where its copies are, and in which encoding and format.</summary>
public sealed record LegacyExportStyle(string Source, string SiteCode, string CopyTag, char Number, char Site, char Location,
    VietnameseLegacyEncoding? Encoding, bool MarcXml);

/// <summary>Three exports of overlapping catalogues, with what a correct merge must end with.</summary>
public sealed record LegacyExports(IReadOnlyList<(LegacyExportStyle Style, byte[] File, int Records)> Files, int Works, int Copies,
    int CollidingNumbers);

/// <summary>
/// The merger of the three provincial libraries, in miniature: the same works catalogued three times with
/// variant records (ISBD punctuation or not, ISBN-10 or -13 or none, a summary only one has, decomposed
/// Unicode, TCVN3 bytes, VNI text), each library numbering its copies from VV.000001 so numbers collide,
/// and copies in each system's own tag. Deterministic for a seed.
/// </summary>
public static class LegacyCatalogues
{
    public static IReadOnlyList<LegacyExportStyle> Styles(string emiclibSite, string vebrarySite, string ilibSite) =>
    [
        new("EMICLIB", emiclibSite, "852", 'j', 'a', 'b', null, MarcXml: false),
        new("VEBRARY", vebrarySite, "949", 'a', 'b', 'c', VietnameseLegacyEncoding.Tcvn3, MarcXml: false),
        new("ILIB", ilibSite, "997", 'a', 'b', 'c', VietnameseLegacyEncoding.Vni, MarcXml: true),
    ];

    public static LegacyExports Generate(int works, IReadOnlyList<LegacyExportStyle> styles, ulong seed = 2025)
    {
        var generator = new VietnameseRecordGenerator(seed);
        var writers = styles.Select(_ => new List<MarcRecord>()).ToList();
        var numbers = new int[styles.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        int copies = 0, colliding = 0;
        for (var i = 0; i < works; i++)
        {
            var work = generator.Next();
            // A part number makes every generated work distinct by title, as real works are.
            work.DataField("245")!.Subfields.Insert(1, new Subfield('n', $"Phần {i + 1}"));
            var holdings = work.DataFields("952").ToList();
            work.Fields.RemoveAll(f => f.Tag == "952");
            var inSources = new[] { i % 3 != 2, i % 2 == 0, i % 5 < 2 };
            if (!inSources.Any(x => x)) inSources[0] = true;
            for (var s = 0; s < styles.Count; s++)
            {
                if (!inSources[s]) continue;
                var variant = Variant(work, s, i);
                foreach (var holding in holdings)
                {
                    var number = $"VV.{++numbers[s]:D6}";
                    if (!used.Add(number)) colliding++;
                    copies++;
                    variant.AddDataField(new DataField(styles[s].CopyTag, ' ', ' ', new Subfield(styles[s].Number, number),
                        new Subfield(styles[s].Site, styles[s].SiteCode), new Subfield(styles[s].Location, holding['c'] ?? "Kho mượn")));
                }
                writers[s].Add(variant);
            }
        }
        return new LegacyExports([.. styles.Select((style, s) => (style, Write(writers[s], style), writers[s].Count))], works, copies, colliding);
    }

    private static MarcRecord Variant(MarcRecord work, int source, int i)
    {
        var record = new MarcRecord(work.Leader);
        foreach (var field in work.Fields)
            record.Fields.Add(field is DataField d ? new DataField(d.Tag, d.Indicators, d.Subfields) : new ControlField(field.Tag, ((ControlField)field).Value));
        ((ControlField)record.Fields.First(f => f.Tag == "001")).Value = $"{source}-{i:D7}";
        var isbn = record.DataField("020")!;
        var isbn13 = isbn['a']!;
        switch (source)
        {
            case 0:
                // eMicLib: ISBD punctuation and hyphenated ISBN-13; every seventh record in decomposed Unicode.
                var title = record.DataField("245")!;
                title.Subfields[0] = title.Subfields[0] with { Value = title.Subfields[0].Value + " :" };
                isbn.Subfields[0] = new Subfield('a', $"{isbn13[..3]}-{isbn13[3..6]}-{isbn13[6..12]}-{isbn13[12..]}");
                if (i % 7 == 0) Decompose(record);
                break;
            case 1:
                // Vebrary: ISBN-10 where there is one, none on every fourth record, and a summary.
                if (i % 4 == 3) record.Fields.Remove(isbn);
                else isbn.Subfields[0] = new Subfield('a', Isbn10(isbn13));
                record.AddDataField(new DataField("520", ' ', ' ', new Subfield('a', "Tóm tắt: sách giới thiệu nội dung chính của tác phẩm.")));
                break;
            default:
                // Ilib: an extra subject heading.
                record.AddDataField(new DataField("650", ' ', '7', new Subfield('a', "Văn hóa địa phương"), new Subfield('2', "Bộ TK TVQG")));
                break;
        }
        return record;
    }

    private static void Decompose(MarcRecord record)
    {
        foreach (var field in record.Fields.OfType<DataField>())
            for (var s = 0; s < field.Subfields.Count; s++)
                field.Subfields[s] = field.Subfields[s] with { Value = field.Subfields[s].Value.Normalize(NormalizationForm.FormD) };
    }

    private static string Isbn10(string isbn13)
    {
        var body = isbn13[3..12];
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (body[i] - '0') * (10 - i);
        var check = (11 - sum % 11) % 11;
        return body + (check == 10 ? "X" : check.ToString(CultureInfo.InvariantCulture));
    }

    private static byte[] Write(List<MarcRecord> records, LegacyExportStyle style)
    {
        using var stream = new MemoryStream();
        if (style.MarcXml)
        {
            using var writer = new MarcXmlWriter(stream, collection: true, leaveOpen: true);
            foreach (var record in records) writer.Write(style.Encoding is { } e ? Encoded(record, e) : record);
        }
        else if (style.Encoding is { } encoding)
        {
            foreach (var record in records) stream.Write(SingleByte(Encoded(record, encoding)));
        }
        else
        {
            using var writer = new Iso2709Writer(stream, leaveOpen: true);
            foreach (var record in records) writer.Write(record);
        }
        return stream.ToArray();
    }

    /// <summary>The record's text as the legacy system held it (characters U+0000-U+00FF standing for its bytes).</summary>
    private static MarcRecord Encoded(MarcRecord record, VietnameseLegacyEncoding encoding)
    {
        var copy = new MarcRecord(record.Leader);
        foreach (var field in record.Fields)
            copy.Fields.Add(field is DataField d
                ? new DataField(d.Tag, d.Indicators, d.Subfields.Select(s => s with { Value = VietnameseLegacyText.Encode(s.Value, encoding) }))
                : field);
        return copy;
    }

    /// <summary>ISO 2709 in a single-byte encoding, leader/09 blank, as the old systems wrote it.</summary>
    private static byte[] SingleByte(MarcRecord record)
    {
        var data = new MemoryStream();
        var directory = new StringBuilder();
        foreach (var field in record.Fields)
        {
            var start = data.Length;
            var text = field is ControlField c ? c.Value
                : ((DataField)field).Indicators + string.Concat(((DataField)field).Subfields.Select(s => "\x1f" + s.Code + s.Value));
            data.Write(Encoding.Latin1.GetBytes(text + "\x1e"));
            directory.Append(CultureInfo.InvariantCulture, $"{field.Tag}{data.Length - start:D4}{start:D5}");
        }
        var baseAddress = 24 + directory.Length + 1;
        var length = baseAddress + (int)data.Length + 1;
        var leader = $"{length:D5}{record.Leader[5..9]} 22{baseAddress:D5}{record.Leader[17..]}";
        var bytes = new MemoryStream();
        bytes.Write(Encoding.Latin1.GetBytes(leader + directory + "\x1e"));
        data.WriteTo(bytes);
        bytes.WriteByte(0x1D);
        return bytes.ToArray();
    }
}
