using System.Text;
using System.Text.RegularExpressions;

namespace LibraryIls.Catalog.Marc;

/// <summary>
/// Recognises TCVN3 and VNI text and converts it to Unicode NFC. Recognition is by result, not by bytes:
/// a record is converted only when most of its words with 8-bit letters become valid Vietnamese syllables,
/// so French "é" or German "ü" in a real Latin-1 or UTF-8 record is left alone.
/// </summary>
public static partial class VietnameseLegacyText
{
    private static readonly Table Tcvn3 = new(LegacyCodeTables.Tcvn3);
    private static readonly Table Vni = new(LegacyCodeTables.Vni);

    /// <summary>Share of the candidate words that must become Vietnamese syllables.</summary>
    private const double Threshold = 0.6;

    /// <summary>Unicode → legacy (what an old system would have stored); TCVN3 loses the case of accented capitals.</summary>
    public static string Encode(string unicode, VietnameseLegacyEncoding encoding) =>
        (encoding == VietnameseLegacyEncoding.Tcvn3 ? Tcvn3 : Vni).Encode(unicode.Normalize(NormalizationForm.FormC));

    public static string Decode(string legacy, VietnameseLegacyEncoding encoding)
    {
        var text = encoding == VietnameseLegacyEncoding.Tcvn3 ? Tcvn3.Decode(legacy, restoreCase: true) : Vni.Decode(legacy, restoreCase: false);
        return text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Which legacy encoding the record's text is in, or null when it is not (or cannot be told).</summary>
    public static VietnameseLegacyEncoding? Detect(MarcRecord record)
    {
        var words = new List<string>();
        foreach (var text in Texts(record))
        {
            if (text.AsSpan().IndexOfAnyInRange('\u0100', '\uFFFF') >= 0 && ContainsLetterAbove(text, '\u00FF'))
            {
                // Real Unicode Vietnamese (ư, ạ, ế …) somewhere: the record is not legacy text.
                return null;
            }

            foreach (var word in WordSplit().Split(text))
            {
                if (word.AsSpan().IndexOfAnyInRange('\u00A0', '\u00FF') >= 0) words.Add(word);
            }
        }

        if (words.Count == 0) return null;
        var tcvn3 = Score(words, VietnameseLegacyEncoding.Tcvn3);
        var vni = Score(words, VietnameseLegacyEncoding.Vni);
        if (Math.Max(tcvn3, vni) < Threshold) return null;
        return tcvn3 >= vni ? VietnameseLegacyEncoding.Tcvn3 : VietnameseLegacyEncoding.Vni;
    }

    /// <summary>Converts every control field and subfield of the record in place.</summary>
    public static void Convert(MarcRecord record, VietnameseLegacyEncoding encoding)
    {
        foreach (var field in record.Fields)
        {
            if (field is ControlField control)
            {
                continue; // 001-008 are codes, never text.
            }

            var data = (DataField)field;
            for (var i = 0; i < data.Subfields.Count; i++)
            {
                var subfield = data.Subfields[i];
                if (subfield.Value.AsSpan().IndexOfAnyInRange('\u0080', '\u00FF') >= 0)
                    data.Subfields[i] = subfield with { Value = Decode(subfield.Value, encoding) };
            }
        }
    }

    private static double Score(List<string> words, VietnameseLegacyEncoding encoding)
    {
        var good = 0;
        foreach (var word in words)
        {
            if (IsVietnameseSyllable(Decode(word, encoding).ToLowerInvariant())) good++;
        }

        return (double)good / words.Count;
    }

    /// <summary>
    /// An onset, one of the vowel groups Vietnamese has, an allowed coda, and at most one tone mark: "nghiêng",
    /// "việt", "đường" are syllables; "giaựo" (VNI read as TCVN3) is not.
    /// </summary>
    internal static bool IsVietnameseSyllable(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var tones = 0;
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323') tones++;
            else sb.Append(c);
        }

        return tones <= 1 && Syllable().IsMatch(sb.ToString().Normalize(NormalizationForm.FormC));
    }

    private static bool ContainsLetterAbove(string text, char limit)
    {
        foreach (var c in text)
        {
            if (c > limit && char.IsLetter(c)) return true;
        }

        return false;
    }

    private static IEnumerable<string> Texts(MarcRecord record) =>
        record.Fields.OfType<DataField>().SelectMany(f => f.Subfields).Select(s => s.Value);

    [GeneratedRegex(@"[\s\p{P}\d]+")]
    private static partial Regex WordSplit();

    [GeneratedRegex("^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
        + "(uyê|uya|uyu|uây|uôi|ươi|ươu|oai|oay|oao|oeo|iêu|yêu|uơ|ươ|uô|uê|uâ|uy|ua|ui|ưa|ưi|ưu|iê|yê|ia|iu|oa|oă|oe|oi|oo|ôi|ơi|ai|ao|au|ay|âu|ây|eo|êu|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
        + "(ng|nh|ch|[cmnpt])?$")]
    private static partial Regex Syllable();

    private sealed class Table
    {
        private readonly Dictionary<string, string> _decode = new(StringComparer.Ordinal);
        private readonly Dictionary<char, string> _encode = [];

        public Table((string Legacy, string Unicode)[] pairs)
        {
            foreach (var (legacy, unicode) in pairs)
            {
                _decode[legacy] = unicode;
                _encode.TryAdd(unicode[0], legacy);
            }

            // TCVN3 keeps one code for both cases of most accented letters.
            foreach (var (legacy, unicode) in pairs)
                _encode.TryAdd(char.ToUpperInvariant(unicode[0]), legacy);
        }

        public string Encode(string unicode)
        {
            var sb = new StringBuilder(unicode.Length + 8);
            foreach (var c in unicode) sb.Append(_encode.TryGetValue(c, out var legacy) ? legacy : c.ToString());
            return sb.ToString();
        }

        public string Decode(string legacy, bool restoreCase)
        {
            var sb = new StringBuilder(legacy.Length);
            for (var i = 0; i < legacy.Length; i++)
            {
                if (i + 1 < legacy.Length && _decode.TryGetValue(legacy.Substring(i, 2), out var pair))
                {
                    sb.Append(pair);
                    i++;
                }
                else if (legacy[i] >= '\u0080' && _decode.TryGetValue(legacy[i].ToString(), out var single))
                {
                    sb.Append(restoreCase && InUpperCaseWord(legacy, i) ? single.ToUpperInvariant() : single);
                }
                else
                {
                    sb.Append(legacy[i]);
                }
            }

            return sb.ToString();
        }

        /// <summary>
        /// A TCVN3 letter in a word written in capitals ("VIÖT", two capitals and no small letter) was typed in the
        /// capitals font. In "Hµ" (Hà) one capital is only the word's first letter.
        /// </summary>
        private static bool InUpperCaseWord(string text, int at)
        {
            int start = at, end = at;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
            while (end < text.Length - 1 && !char.IsWhiteSpace(text[end + 1])) end++;
            int upper = 0, lower = 0;
            for (var j = start; j <= end; j++)
            {
                if (char.IsAsciiLetterUpper(text[j])) upper++;
                else if (char.IsAsciiLetterLower(text[j])) lower++;
            }

            return upper >= 2 && lower == 0;
        }
    }
}
