using System.Globalization;

using LibraryIls.Reporting.Annual;

namespace LibraryIls.Reporting.Exports;

/// <summary>Numbers as a Vietnamese report prints them: 1.234.567,5 (dot for thousands, comma for decimals).</summary>
internal static class VietnameseNumbers
{
    public static string Format(decimal? value) => value is null ? "–"
        : value.Value.ToString("#,0.####", CultureInfo.InvariantCulture).Replace(',', ' ').Replace('.', ',').Replace(' ', '.');

    public static string Change(Figure figure, string unit) => figure switch
    {
        { Difference: null } => "",
        { Difference: 0 } => "không đổi",
        { Difference: > 0 } => $"tăng {Format(figure.Difference)} {unit}" + Percent(figure.PercentChange),
        _ => $"giảm {Format(-figure.Difference)} {unit}" + Percent(figure.PercentChange is { } p ? -p : null),
    };

    private static string Percent(decimal? percent) => percent is null ? "" : $" ({Format(percent)}%)";
}
