using System.Text;

namespace LibraryIls.Catalog.Marc;

/// <summary>We store and emit NFC; most text is ASCII or already NFC, so check before normalising.</summary>
internal static class TextNormalizer
{
    public static string ToNfc(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates cannot be normalised; keep the text rather than lose the record.
            return text;
        }
    }
}
