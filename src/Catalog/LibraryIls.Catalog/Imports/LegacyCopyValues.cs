using System.Globalization;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// A copy's price and acquisition date as the exporting systems write them. Prices are in đồng, which has no
/// subunit: Koha writes <c>52000.00</c>, Vietnamese systems and spreadsheets <c>52.000</c>, <c>52,000</c>,
/// <c>52.000đ</c> or <c>52.000 VNĐ</c>, all fifty-two thousand. Dates are Vietnamese calendar days, written day first
/// (<c>01/03/2015</c> is the first of March) or as ISO dates.
/// </summary>
internal static class LegacyCopyValues
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-M-d", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyyMMdd", "yyyy/MM/dd"];

    /// <summary>
    /// The amount, whatever the separators and the currency written beside it; null when there is no amount, or a
    /// negative one. A separator followed by exactly three digits groups thousands; the last separator followed by one
    /// or two digits, or the later of two different separators, marks the fraction.
    /// </summary>
    public static decimal? Price(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Contains('-', StringComparison.Ordinal)) return null;
        var kept = new string([.. text.Where(c => char.IsAsciiDigit(c) || c is '.' or ',')]).Trim('.', ',');
        if (!kept.Any(char.IsAsciiDigit)) return null;
        var last = kept.LastIndexOfAny(['.', ',']);
        var fraction = "";
        if (last >= 0)
        {
            var separator = kept[last];
            var other = separator == '.' ? ',' : '.';
            var digitsAfter = kept.Length - last - 1;
            var isFraction = kept.Contains(other, StringComparison.Ordinal)
                || (digitsAfter != 3 && kept.IndexOf(separator, StringComparison.Ordinal) == last);
            if (isFraction) (kept, fraction) = (kept[..last], kept[(last + 1)..]);
        }
        var whole = kept.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(fraction.Length > 0 ? $"{whole}.{fraction}" : whole, NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var price) ? price : null;
    }

    /// <summary>The day, day first or ISO (a time after it, as some exports add, is ignored); null when it is not a whole date.</summary>
    public static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var day = text.Trim().Split([' ', 'T'], 2)[0];
        return DateOnly.TryParseExact(day, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
