using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using LibraryIls.Catalog.Marc;

namespace LibraryIls.Catalog.Classification;

/// <summary>
/// Captions of DDC23 numbers. The ten main classes are built in; the captions below them are OCLC's
/// copyright, so they come from the library's own licensed schedule (Catalog:DdcCaptionsFile): a CSV of
/// "number,caption" lines, or MARC21 Classification records (153 $a number, $j caption) as ISO 2709 or MARCXML.
/// </summary>
internal sealed class DdcCaptions
{
    private static readonly Dictionary<string, string> MainClasses = new()
    {
        ["000"] = "Tin học, thông tin và tác phẩm tổng quát / Computer science, information and general works",
        ["100"] = "Triết học và tâm lý học / Philosophy and psychology",
        ["200"] = "Tôn giáo / Religion",
        ["300"] = "Khoa học xã hội / Social sciences",
        ["400"] = "Ngôn ngữ / Language",
        ["500"] = "Khoa học tự nhiên / Science",
        ["600"] = "Công nghệ / Technology",
        ["700"] = "Nghệ thuật và giải trí / Arts and recreation",
        ["800"] = "Văn học / Literature",
        ["900"] = "Lịch sử và địa lý / History and geography",
    };

    private readonly Dictionary<string, string> _captions;

    public DdcCaptions(IEnumerable<KeyValuePair<string, string>> schedule)
    {
        _captions = new Dictionary<string, string>(MainClasses);
        foreach (var (number, caption) in schedule)
            if (DdcNumber.TryParse(number, out var ddc) && !string.IsNullOrWhiteSpace(caption))
                _captions[ddc.Digits] = caption.Trim().Normalize();
    }

    public int Count => _captions.Count;

    /// <summary>The caption of the number itself, or of the nearest broader number the schedule has.</summary>
    public (string Number, string Caption)? Nearest(DdcNumber number)
    {
        for (var length = number.Digits.Length; length >= 1; length--)
        {
            var digits = length >= 3 ? number.Digits[..length] : number.Digits[..length].PadRight(3, '0');
            if (_captions.TryGetValue(digits, out var caption))
                return (digits.Length > 3 ? $"{digits[..3]}.{digits[3..]}" : digits, caption);
        }
        return null;
    }

    public string MainClassCaption(DdcNumber number) => _captions[number.MainClass];

    public static DdcCaptions Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return new DdcCaptions([]);
        if (!File.Exists(path)) throw new FileNotFoundException($"DDC caption file '{path}' (Catalog:DdcCaptionsFile) does not exist.", path);
        using var stream = File.OpenRead(path);
        return new DdcCaptions(Read(stream, Path.GetExtension(path)).ToList());
    }

    public static IEnumerable<KeyValuePair<string, string>> Read(Stream stream, string extension) =>
        extension.ToLowerInvariant() switch
        {
            ".csv" or ".txt" => ReadCsv(stream),
            ".xml" => ReadMarc(new MarcXmlReader(stream, leaveOpen: true)),
            _ => ReadMarc(new Iso2709Reader(stream, leaveOpen: true)),
        };

    private static IEnumerable<KeyValuePair<string, string>> ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, leaveOpen: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null });
        while (csv.Read())
        {
            var number = csv.GetField(0);
            var caption = csv.ColumnCount > 1 ? csv.GetField(1) : null;
            if (number is not null && caption is not null && DdcNumber.IsValid(number))
                yield return new(number, caption);
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> ReadMarc(IMarcReader reader)
    {
        using (reader)
        {
            foreach (var record in reader)
            {
                // A 153 with $c is a span (e.g. 891-899); only single numbers get a caption here.
                var field = record.DataField("153");
                if (field?['a'] is { } number && field['c'] is null && field['j'] is { } caption)
                    yield return new(number, caption);
            }
        }
    }
}
