using System.Globalization;

namespace LibraryIls.BuildingBlocks.Localization;

/// <summary>
/// A message a librarian reads: Vietnamese by default, English when the request asked for it
/// (Accept-Language: en sets the current UI culture).
/// </summary>
public readonly record struct Bilingual(string Vi, string En)
{
    public string Current => IsEnglish(CultureInfo.CurrentUICulture) ? En : Vi;

    public override string ToString() => Current;

    private static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";
}
