using System.Globalization;
using System.Text;

namespace LibraryIls.Catalog.Classification;

/// <summary>Which part of the main entry the author mark (ký hiệu tác giả) is taken from.</summary>
internal enum AuthorMarkSource
{
    /// <summary>The first word of the heading: "Nguyễn" of "Nguyễn Nhật Ánh" or of "Nguyễn, Du".</summary>
    EntryElement,

    /// <summary>The last word of a Vietnamese name written in natural order: "Ánh" of "Nguyễn Nhật Ánh".</summary>
    GivenName,
}

/// <summary>
/// The library's author-mark rule (configuration section Catalog:AuthorMark). Libraries differ:
/// some take three letters of the surname, some the given name plus a work mark (first letter of
/// the title). Letters are upper case without tone marks so labels read the same on every printer.
/// </summary>
internal sealed class AuthorMarkRule
{
    public AuthorMarkSource Source { get; set; } = AuthorMarkSource.EntryElement;

    /// <summary>How many letters of the chosen word (1-6).</summary>
    public int Letters { get; set; } = 3;

    /// <summary>Append the first letter of the title (lower case), as a Cutter work mark.</summary>
    public bool WorkMark { get; set; } = true;

    /// <summary>The author mark for a main entry (100/110/111 $a) and title; the title itself when there is no author.</summary>
    public string Build(string? mainEntry, string? title)
    {
        var heading = string.IsNullOrWhiteSpace(mainEntry) ? title : mainEntry;
        var words = Words(heading);
        if (words.Length == 0) return "";
        var word = Source == AuthorMarkSource.GivenName && !string.IsNullOrWhiteSpace(mainEntry) && !mainEntry.Contains(',')
            ? words[^1] : words[0];
        var mark = word[..Math.Min(Math.Clamp(Letters, 1, 6), word.Length)].ToUpperInvariant();
        if (!WorkMark || string.IsNullOrWhiteSpace(mainEntry)) return mark;
        var titleWords = Words(title);
        return titleWords.Length == 0 ? mark : mark + char.ToLowerInvariant(titleWords[0][0]);
    }

    private static string[] Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Ascii(text).Split([' ', ',', '.', '-', ':', ';', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsAsciiLetterOrDigit(w[0])).ToArray();

    /// <summary>Vietnamese letters without tone or vowel marks; đ becomes d.</summary>
    public static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return builder.ToString();
    }
}
