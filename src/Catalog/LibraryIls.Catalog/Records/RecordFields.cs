using System.Text.RegularExpressions;
using LibraryIls.Catalog.Classification;
using LibraryIls.Catalog.Headings;
using LibraryIls.Catalog.Marc;

namespace LibraryIls.Catalog.Records;

/// <summary>What the system reads out of the MARC for lists, search and figures. The MARC stays the source of truth.</summary>
internal sealed partial record RecordFields(
    string Title,
    string? Responsibility,
    string? MainEntry,
    string? Publisher,
    int? Year,
    string? Language,
    string? DdcClass,
    bool IsLocalStudies,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<string> Isbns)
{
    public const string NoTitle = "[Không nhan đề]";

    private static readonly string[] MainEntryTags = ["100", "110", "111"];
    private static readonly string[] AddedAuthorTags = ["700", "710", "711"];
    private static readonly string[] SubjectTags = ["600", "610", "611", "630", "648", "650", "651", "653", "690", "691"];

    /// <summary>MARC21 leaves 690/691 to local use; Vietnamese provincial libraries file their local-studies headings there.</summary>
    private static readonly string[] LocalStudiesTags = ["690", "691"];

    /// <summary>
    /// Every tag <see cref="From"/> reads: a record that loses only fields of other tags reads the same (an import takes its
    /// copy fields out after staging read it, and keeps what staging read).
    /// </summary>
    public static IReadOnlySet<string> TagsRead { get; } = new HashSet<string>(
        ["008", "020", "041", "082", "245", "260", "264", .. MainEntryTags, .. AddedAuthorTags, .. SubjectTags, .. LocalStudiesTags], StringComparer.Ordinal);

    public string? DdcMainClass => DdcNumber.TryParse(DdcClass, out var ddc) ? ddc.MainClass : null;

    public static RecordFields From(MarcRecord record)
    {
        var title245 = record.DataField("245");
        var title = Clean(string.Join(" ", title245?.Subfields.Where(s => s.Code is 'a' or 'b' or 'n' or 'p').Select(s => s.Value) ?? []));
        var mainEntry = MainEntryTags.Select(t => record.DataField(t)?['a']).FirstOrDefault(a => a is not null);
        var publication = record.DataFields("264").FirstOrDefault(f => f.Indicator2 == '1') ?? record.DataField("264") ?? record.DataField("260");
        var ddc = record.DataField("082")?['a'];
        return new RecordFields(
            title.Length == 0 ? NoTitle : title,
            Clean(title245?['c']) is { Length: > 0 } c ? c : null,
            mainEntry is null ? null : HeadingKey.Display(mainEntry),
            Clean(publication?['b']) is { Length: > 0 } p ? p : null,
            YearIn(publication?['c']) ?? YearIn(record.ControlField("008") is { Length: >= 11 } f ? f[7..11] : null),
            LanguageOf(record),
            DdcNumber.TryParse(ddc, out var number) ? number.Value : null,
            LocalStudiesTags.Any(t => record.DataField(t) is not null),
            Headings(record, [.. MainEntryTags, .. AddedAuthorTags], ['a']),
            Headings(record, SubjectTags, ['a', 'x', 'y', 'z']),
            [.. record.DataFields("020").Select(f => f['a']).OfType<string>().Select(Isbn).Where(i => i.Length > 0).Distinct()]);
    }

    /// <summary>ISBD punctuation that ends a subfield (" /", " :", " ;", ".") is not part of the data.</summary>
    private static string Clean(string? text) =>
        string.Join(' ', (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd(' ', '/', ':', ';', ',', '.', '=').Trim();

    private static IReadOnlyList<string> Headings(MarcRecord record, string[] tags, char[] codes) =>
        [.. record.Fields.OfType<DataField>().Where(f => tags.Contains(f.Tag))
            .Select(f => string.Join(" -- ", f.Subfields.Where(s => codes.Contains(s.Code)).Select(s => HeadingKey.Display(s.Value))))
            .Where(h => h.Length > 0)
            .DistinctBy(HeadingKey.Of)];

    private static int? YearIn(string? text) =>
        text is not null && YearDigits().Match(text) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string? LanguageOf(MarcRecord record)
    {
        var fixedData = record.ControlField("008");
        if (fixedData is { Length: >= 38 } && fixedData[35..38].All(char.IsAsciiLetterLower)) return fixedData[35..38];
        return record.DataField("041")?['a'] is { Length: 3 } code ? code : null;
    }

    public static string Isbn(string text) =>
        new([.. (text.Split(' ', 2)[0]).Where(c => char.IsAsciiDigit(c) || c is 'X' or 'x').Select(char.ToUpperInvariant)]);

    [GeneratedRegex("[12][0-9]{3}")]
    private static partial Regex YearDigits();
}
