using System.Text;

namespace LibraryIls.Catalog.Headings;

/// <summary>
/// Authority-light matching: the same person or subject written in NFC or NFD, in another case,
/// with or without the trailing punctuation AACR2 leaves ("Nguyễn Du," "Văn học Việt Nam.") gets
/// one key, so author lists and facets don't split. Tone marks are kept: "Ánh" and "Anh" are different names.
/// </summary>
internal static class HeadingKey
{
    private static readonly char[] Trailing = [' ', '.', ',', ';', ':', '/', '='];

    /// <summary>The heading as shown: NFC, single spaces, no trailing ISBD punctuation.</summary>
    public static string Display(string heading)
    {
        var text = string.Join(' ', heading.Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.TrimEnd(Trailing);
    }

    public static string Of(string heading) => Display(heading).ToLowerInvariant();
}
