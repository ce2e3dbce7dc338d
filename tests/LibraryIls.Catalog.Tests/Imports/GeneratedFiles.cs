using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Marc.Generation;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>Import files made from the codec's Vietnamese record generator, with copies in Koha's 952.</summary>
internal static class GeneratedFiles
{
    /// <summary>Records with unique 001s and registration numbers (prefixed so that test runs sharing a database do not collide).</summary>
    public static (byte[] File, List<MarcRecord> Records) Iso2709(int count, ulong seed, string numberPrefix)
    {
        // The generator numbers ISBNs from 0 in every run: give this file ISBNs of its own.
        var isbnBase = (long)(seed % 90_000) * 10_000;
        var generator = new VietnameseRecordGenerator(seed);
        var records = new List<MarcRecord>();
        using var stream = new MemoryStream();
        using (var writer = new Iso2709Writer(stream, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                var record = generator.Next();
                ((ControlField)record.Fields.First(f => f.Tag == "001")).Value = $"{numberPrefix}{i:D7}";
                var isbn = record.DataField("020")!;
                isbn.Subfields[0] = new Subfield('a', Isbn13(isbnBase + i));
                var copy = 0;
                foreach (var field in record.DataFields("952"))
                {
                    var at = field.Subfields.FindIndex(s => s.Code == 'p');
                    field.Subfields[at] = new Subfield('p', $"{numberPrefix}.{i:D6}.{copy++}");
                }
                writer.Write(record);
                records.Add(record);
            }
        }
        return (stream.ToArray(), records);
    }

    public static byte[] Write(IEnumerable<MarcRecord> records)
    {
        using var stream = new MemoryStream();
        using (var writer = new Iso2709Writer(stream, leaveOpen: true))
            foreach (var record in records) writer.Write(record);
        return stream.ToArray();
    }

    public static string Isbn13(long number)
    {
        var body = "979" + (number % 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 12; i++) sum += (body[i] - '0') * (i % 2 == 0 ? 1 : 3);
        return body + ((10 - sum % 10) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
