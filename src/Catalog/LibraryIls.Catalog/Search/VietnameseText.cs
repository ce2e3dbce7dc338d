using System.Globalization;
using System.Text;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// How the OPAC compares Vietnamese words. A reader types "nguyen dinh chieu", "Nguyễn Đình Chiểu" or the same
/// in decomposed Unicode: all meet on one folded form (no tone or vowel marks, đ → d, lower case), while the
/// exact form (NFC, lower case) is kept beside it so a query typed with marks ranks records with those marks first.
/// </summary>
internal static class VietnameseText
{
    /// <summary>Longest token kept: longer strings are not words a reader types.</summary>
    public const int MaxTokenLength = 60;

    public static string Exact(string word) => word.Normalize(NormalizationForm.FormC).ToLowerInvariant();

    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when the word carries marks that folding removes, so an exact match means something more.</summary>
    public static bool HasMarks(SearchWord word) => word.Exact != word.Folded;

    /// <summary>
    /// The words of a text in order. A standard number (ISBN, ISSN) is one word without its hyphens, in every
    /// form it is known by (ISBN-10 and ISBN-13), so "978-604-1-23456-7" and "9786041234567" meet.
    /// </summary>
    public static IEnumerable<SearchWord> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        foreach (var chunk in text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (StandardNumber(chunk) is { } number)
            {
                yield return new SearchWord(number, number);
                continue;
            }
            var start = -1;
            for (var i = 0; i <= chunk.Length; i++)
            {
                var inWord = i < chunk.Length && (char.IsLetterOrDigit(chunk[i])
                    || CharUnicodeInfo.GetUnicodeCategory(chunk[i]) == UnicodeCategory.NonSpacingMark);
                if (inWord && start < 0) start = i;
                else if (!inWord && start >= 0)
                {
                    var word = chunk[start..i];
                    if (word.Length > MaxTokenLength) word = word[..MaxTokenLength];
                    yield return new SearchWord(Exact(word), Fold(word));
                    start = -1;
                }
            }
        }
    }

    /// <summary>An ISBN or ISSN written with or without hyphens: its digits (and check X), else null.</summary>
    public static string? StandardNumber(string chunk)
    {
        var trimmed = chunk.Trim('(', ')', '.', ',', ';', ':');
        if (trimmed.Length < 8 || !char.IsAsciiDigit(trimmed[0])) return null;
        var digits = new StringBuilder(13);
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (c is 'x' or 'X' && digits.Length is 7 or 9) digits.Append('x');
            else if (c != '-') return null;
        }
        return digits.Length is 8 or 10 or 13 ? digits.ToString() : null;
    }

    /// <summary>The other form of an ISBN: 978-prefixed ISBN-13 ↔ ISBN-10 (check digits recomputed); null otherwise.</summary>
    public static string? OtherIsbnForm(string number)
    {
        if (number.Length == 13 && number.StartsWith("978", StringComparison.Ordinal))
        {
            var body = number[3..12];
            var sum = 0;
            for (var i = 0; i < 9; i++) sum += (body[i] - '0') * (10 - i);
            var check = (11 - sum % 11) % 11;
            return body + (check == 10 ? "x" : check.ToString(CultureInfo.InvariantCulture));
        }
        if (number.Length == 10 && number[..9].All(char.IsAsciiDigit))
        {
            var body = "978" + number[..9];
            var sum = 0;
            for (var i = 0; i < 12; i++) sum += (body[i] - '0') * (i % 2 == 0 ? 1 : 3);
            return body + ((10 - sum % 10) % 10).ToString(CultureInfo.InvariantCulture);
        }
        return null;
    }
}

/// <summary>One word as typed (NFC, lower case) and folded.</summary>
internal readonly record struct SearchWord(string Exact, string Folded);
