using System.Globalization;
using System.Text;

namespace LibraryIls.Catalog.Matching;

/// <summary>
/// Text as the matcher compares it: NFC, lower case, punctuation gone, tone marks and other diacritics
/// folded and đ read as d, single spaces. "Truyện Kiều /" and "TRUYEN KIEU" are the same title here.
/// Used for matching only; the record keeps its text as written.
/// </summary>
internal static class MatchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }
}
