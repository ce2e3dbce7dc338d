using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LibraryIls.Catalog.Copies;

/// <summary>
/// A registration number (số đăng ký cá biệt), also the copy's barcode: an optional stock prefix and a
/// running number whose width is kept, e.g. VV.012345 (VV: Vietnamese books). Stored upper case.
/// </summary>
internal sealed partial record RegistrationNumber(string Prefix, long Number, int Width)
{
    public override string ToString() => Prefix + Number.ToString(CultureInfo.InvariantCulture).PadLeft(Width, '0');

    public static string Normalize(string text) => text.Trim().ToUpperInvariant();

    public static bool IsWellFormed(string? text) => text is not null && Shape().IsMatch(Normalize(text));

    public static bool TryParse(string? text, [NotNullWhen(true)] out RegistrationNumber? number)
    {
        number = null;
        if (text is null || Shape().Match(Normalize(text)) is not { Success: true } m) return false;
        var digits = m.Groups["number"].Value;
        if (digits.Length > 15) return false;
        number = new RegistrationNumber(m.Groups["prefix"].Value, long.Parse(digits, CultureInfo.InvariantCulture), digits.Length);
        return true;
    }

    /// <summary>This number and the next <paramref name="count"/> - 1, e.g. VV.012345 … VV.012364 for 20.</summary>
    public IReadOnlyList<string> Run(int count) =>
        [.. Enumerable.Range(0, count).Select(i => (this with { Number = Number + i }).ToString())];

    [GeneratedRegex(@"^(?<prefix>(?:[A-Z0-9.\-/]*[A-Z.\-/])?)(?<number>[0-9]+)$")]
    private static partial Regex Shape();
}
