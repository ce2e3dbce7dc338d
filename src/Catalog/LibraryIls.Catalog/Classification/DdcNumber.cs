using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace LibraryIls.Catalog.Classification;

/// <summary>
/// A DDC23 class number such as 895.9223: three digits, then optionally a point and more digits.
/// Segmentation marks (/ and ') that LC and the National Library of Vietnam print are dropped.
/// Ordered as a number, digit by digit after the point: 895.922 &lt; 895.9223 &lt; 895.93.
/// </summary>
internal sealed partial record DdcNumber : IComparable<DdcNumber>
{
    private DdcNumber(string digits) => Digits = digits;

    /// <summary>The digits without the point: 8959223.</summary>
    public string Digits { get; }

    public string Value => Digits.Length > 3 ? $"{Digits[..3]}.{Digits[3..]}" : Digits;

    /// <summary>The main class (000, 100 … 900): the first of the ten.</summary>
    public string MainClass => $"{Digits[0]}00";

    /// <summary>The division (890): the first hundred's ten.</summary>
    public string Division => $"{Digits[..2]}0";

    public string Section => Digits[..3];

    public static bool TryParse(string? text, [NotNullWhen(true)] out DdcNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var cleaned = text.Trim().Replace("/", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
        if (!Shape().IsMatch(cleaned)) return false;
        number = new DdcNumber(cleaned.Replace(".", "", StringComparison.Ordinal));
        return true;
    }

    public static bool IsValid(string? text) => TryParse(text, out _);

    // All numbers have three digits before the point, so the digit strings order as the numbers do,
    // a shorter number (895.922) coming before its extensions (895.9223).
    public int CompareTo(DdcNumber? other) => other is null ? 1 : string.CompareOrdinal(Digits, other.Digits);

    public override string ToString() => Value;

    [GeneratedRegex(@"^[0-9]{3}(\.[0-9]+)?$")]
    private static partial Regex Shape();
}
