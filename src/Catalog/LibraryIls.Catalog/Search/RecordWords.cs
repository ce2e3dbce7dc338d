using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Records;

namespace LibraryIls.Catalog.Search;

/// <summary>The words of a record the OPAC finds it by, each with its field and place (for phrases).</summary>
internal static class RecordWords
{
    /// <summary>Places between two values of one field, so a phrase never runs from one heading into the next.</summary>
    public const int ValueGap = 8;

    private static readonly string[] TitleTags = ["245", "246", "130", "240", "740"];
    private static readonly string[] AuthorTags = ["100", "110", "111", "700", "710", "711", "720"];
    private static readonly string[] SubjectTags = ["600", "610", "611", "630", "648", "650", "651", "653", "655", "690", "691"];
    private static readonly string[] OtherTags = ["250", "440", "490", "500", "505", "520", "830"];

    public static IReadOnlyList<(SearchField Field, int Position, SearchWord Word)> Of(MarcRecord marc)
    {
        var words = new List<(SearchField, int, SearchWord)>(48);
        Add(words, SearchField.Title, Values(marc, TitleTags, "abnp"));
        Add(words, SearchField.Author, Values(marc, AuthorTags, "abcdq").Concat(Values(marc, ["245"], "c")));
        Add(words, SearchField.Subject, Values(marc, SubjectTags, "abcdvxyz"));
        Add(words, SearchField.Publisher, Values(marc, ["260", "264"], "b"));
        Add(words, SearchField.StandardNumber, StandardNumbers(marc));
        Add(words, SearchField.Other, Values(marc, OtherTags, "abnpt"));
        return words;
    }

    private static IEnumerable<string> Values(MarcRecord marc, string[] tags, string codes) =>
        marc.Fields.OfType<DataField>().Where(f => tags.Contains(f.Tag))
            .Select(f => string.Join(' ', f.Subfields.Where(s => codes.Contains(s.Code)).Select(s => s.Value)));

    private static IEnumerable<string> StandardNumbers(MarcRecord marc)
    {
        foreach (var field in marc.Fields.OfType<DataField>().Where(f => f.Tag is "020" or "022"))
        {
            foreach (var value in field.Subfields.Where(s => s.Code is 'a' or 'z' or 'y').Select(s => s.Value))
            {
                var number = field.Tag == "020" ? RecordFields.Isbn(value).ToLowerInvariant() : VietnameseText.StandardNumber(value.Split(' ')[0]);
                if (string.IsNullOrEmpty(number)) continue;
                yield return number;
                if (VietnameseText.OtherIsbnForm(number) is { } other) yield return other;
            }
        }
    }

    private static void Add(List<(SearchField, int, SearchWord)> words, SearchField field, IEnumerable<string> values)
    {
        var position = 0;
        foreach (var value in values)
        {
            foreach (var word in VietnameseText.Words(value)) words.Add((field, position++, word));
            position += ValueGap;
        }
    }
}
