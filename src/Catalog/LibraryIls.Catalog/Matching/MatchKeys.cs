using System.Globalization;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Records;

namespace LibraryIls.Catalog.Matching;

/// <summary>
/// The keys a record can be found by when another record is matched against the catalogue. They are
/// kept as headings of kind <see cref="HeadingKind.MatchKey"/>, written on every save like the other headings.
/// </summary>
internal static class MatchKeys
{
    private const int MaxKey = 400;

    /// <summary>Every tag <see cref="Of"/> reads, its fields' (<see cref="RecordFields.TagsRead"/>) included.</summary>
    public static IReadOnlySet<string> TagsRead { get; } = new HashSet<string>(["001", "003", "022", .. RecordFields.TagsRead], StringComparer.Ordinal);

    public static IEnumerable<(MatchPointKind Kind, string Key)> Of(MarcRecord record, RecordFields fields)
    {
        foreach (var isbn in fields.Isbns.Select(Isbn13).Where(i => i is not null).Distinct())
            yield return (MatchPointKind.Isbn, "isbn:" + isbn);
        foreach (var issn in record.DataFields("022").Select(f => f['a']).OfType<string>()
                     .Select(RecordFields.Isbn).Where(i => i.Length == 8).Distinct())
            yield return (MatchPointKind.Issn, "issn:" + issn);
        if (record.ControlNumber is { Length: > 0 } number)
            yield return (MatchPointKind.ControlNumber, Cut($"cn:{number.Trim()}|{record.ControlField("003")?.Trim() ?? ""}"));
        var author = fields.Authors.Count > 0 ? fields.Authors[0] : null;
        if (fields.Title != RecordFields.NoTitle)
            yield return (MatchPointKind.TitleAuthorYear, Cut(
                $"tay:{MatchText.Fold(fields.Title)}|{MatchText.Fold(author)}|{fields.Year?.ToString(CultureInfo.InvariantCulture)}"));
    }

    public static string Heading(string key) => key;

    /// <summary>ISBN-13 digits, or null when the text is no ISBN; ISBN-10 gets 978 and a new check digit.</summary>
    public static string? Isbn13(string digits)
    {
        if (digits.Length == 13 && digits.All(char.IsAsciiDigit)) return digits;
        if (digits.Length != 10 || !digits[..9].All(char.IsAsciiDigit)) return null;
        var body = "978" + digits[..9];
        var sum = 0;
        for (var i = 0; i < 12; i++) sum += (body[i] - '0') * (i % 2 == 0 ? 1 : 3);
        return body + ((10 - sum % 10) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static string Cut(string key) => key.Length <= MaxKey ? key : key[..MaxKey];
}
