using System.Collections.Concurrent;
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

    /// <summary>Words met before, with their forms: a catalogue's vocabulary is small, its words come again and again.</summary>
    private const int MaxKnownWords = 50_000;
    private static readonly ConcurrentDictionary<string, SearchWord> KnownWordsByText = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, SearchWord>.AlternateLookup<ReadOnlySpan<char>> KnownWords =
        KnownWordsByText.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _knownCount;

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
    public static List<SearchWord> Words(string? text)
    {
        var words = new List<SearchWord>();
        if (string.IsNullOrWhiteSpace(text)) return words;
        var normalized = text.Normalize(NormalizationForm.FormC).AsSpan();
        for (var at = 0; at < normalized.Length;)
        {
            // Chunks between white space, as string.Split(null) cuts them.
            if (char.IsWhiteSpace(normalized[at]))
            {
                at++;
                continue;
            }
            var end = at;
            while (end < normalized.Length && !char.IsWhiteSpace(normalized[end])) end++;
            AddChunk(words, normalized[at..end]);
            at = end;
        }
        return words;
    }

    private static void AddChunk(List<SearchWord> words, ReadOnlySpan<char> chunk)
    {
        if (StandardNumber(chunk) is { } number)
        {
            words.Add(new SearchWord(number, number));
            return;
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
                words.Add(Known(word.Length > MaxTokenLength ? word[..MaxTokenLength] : word));
                start = -1;
            }
        }
    }

    /// <summary>A word's exact and folded forms, from the words met before when it is one of them.</summary>
    private static SearchWord Known(ReadOnlySpan<char> word)
    {
        if (KnownWords.TryGetValue(word, out var known)) return known;
        var text = word.ToString();
        known = Ascii.IsValid(text) ? Plain(text) : new SearchWord(Exact(text), Fold(text));
        // Bounded: when full it starts again, and the words in use come back at once.
        if (Interlocked.Increment(ref _knownCount) > MaxKnownWords)
        {
            KnownWordsByText.Clear();
            Interlocked.Exchange(ref _knownCount, 0);
        }
        KnownWordsByText.TryAdd(text, known);
        return known;
    }

    /// <summary>An ASCII word has no marks: its exact and folded forms are both its lower case.</summary>
    private static SearchWord Plain(string word)
    {
        var lower = word.ToLowerInvariant();
        return new SearchWord(lower, lower);
    }

    /// <summary>An ISBN or ISSN written with or without hyphens: its digits (and check X), else null.</summary>
    public static string? StandardNumber(string chunk) => StandardNumber(chunk.AsSpan());

    private static string? StandardNumber(ReadOnlySpan<char> chunk)
    {
        var trimmed = chunk.Trim("().,;:");
        if (trimmed.Length < 8 || !char.IsAsciiDigit(trimmed[0])) return null;
        Span<char> digits = stackalloc char[13];
        var length = 0;
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c) && length < digits.Length) digits[length++] = c;
            else if (c is 'x' or 'X' && length is 7 or 9) digits[length++] = 'x';
            else if (c != '-') return null;
        }
        return length is 8 or 10 or 13 ? new string(digits[..length]) : null;
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
