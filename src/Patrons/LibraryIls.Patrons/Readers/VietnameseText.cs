using System.Globalization;
using System.Text;

namespace LibraryIls.Patrons.Readers;

/// <summary>
/// Names folded for matching: "Nguyễn Thị Ánh" and "nguyen thi anh" (typed without tone marks, or decomposed
/// by an old system) are the same person's name. Lower case, no diacritics, đ → d, single spaces.
/// </summary>
internal static class VietnameseText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(NormalizationForm.FormC);
}
