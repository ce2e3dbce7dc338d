using System.Text;

namespace LibraryIls.Catalog.Marc;

/// <summary>We store and emit NFC; most text is ASCII or already NFC, so check cheaply before asking ICU.</summary>
internal static class TextNormalizer
{
    public static string ToNfc(string text)
    {
        if (IsCertainlyNfc(text))
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

    /// <summary>
    /// Every character below U+0300 and every precomposed letter of Latin Extended Additional
    /// (U+1E00-U+1EFF, where Vietnamese ạ ả ấ ầ ẩ ẫ ậ ... live) is stable under NFC, and without a
    /// combining mark after it nothing can compose. Precomposed Vietnamese text passes this test
    /// with two vectorised scans instead of an ICU call per subfield.
    /// </summary>
    private static bool IsCertainlyNfc(string text)
    {
        var span = text.AsSpan();
        return span.IndexOfAnyInRange('\u0300', '\u1DFF') < 0 && span.IndexOfAnyInRange('\u1F00', '\uFFFF') < 0;
    }
}
