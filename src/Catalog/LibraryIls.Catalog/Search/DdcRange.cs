using System.Globalization;
using System.Text.RegularExpressions;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// A DDC class or range as the reader gives it: "895.9" (that class and everything under it) or "800-899"
/// (both ends included with everything under them). Compared as numbers, which sort as the schedule does.
/// </summary>
internal sealed partial record DdcRange(double From, double Before)
{
    public static double? ValueOf(string? ddcClass) =>
        ddcClass is not null && Number().Match(ddcClass) is { Success: true } m
            ? double.Parse(m.Value, CultureInfo.InvariantCulture) : null;

    public static bool TryParse(string? text, out DdcRange? range)
    {
        range = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Split('-', 2, StringSplitOptions.TrimEntries);
        if (!Whole().IsMatch(parts[0]) || (parts.Length == 2 && !Whole().IsMatch(parts[1]))) return false;
        var (from, _) = Bounds(parts[0]);
        var (_, before) = Bounds(parts.Length == 2 ? parts[1] : parts[0]);
        if (before <= from) return false;
        range = new DdcRange(from, before);
        return true;
    }

    /// <summary>"895.9" covers [895.9, 896.0); "8" is not a class, the schedule starts at three digits.</summary>
    private static (double From, double Before) Bounds(string number)
    {
        var value = double.Parse(number, CultureInfo.InvariantCulture);
        var decimals = number.Contains('.') ? number.Length - number.IndexOf('.') - 1 : 0;
        return (value, Math.Round(value + Math.Pow(10, -decimals), decimals));
    }

    [GeneratedRegex(@"^\d{3}(\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d{3}(\.\d+)?$")]
    private static partial Regex Whole();
}
