namespace LibraryIls.Catalog.Marc;

/// <summary>Tags and indicator pairs repeat in every record; make each one string once.</summary>
internal static class InternedStrings
{
    private static readonly string?[] Tags = new string?[1000];
    private static readonly string?[] IndicatorPairs = new string?[128 * 128];

    public static string Tag(ReadOnlySpan<byte> bytes)
    {
        var number = Iso2709.ParseNumber(bytes);
        if (bytes.Length == 3 && number >= 0)
        {
            return Tags[number] ??= number.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        }

        return System.Text.Encoding.Latin1.GetString(bytes);
    }

    public static string? IndicatorPair(byte first, byte second)
    {
        if (first >= 0x80 || second >= 0x80)
        {
            return null;
        }

        return IndicatorPairs[(first << 7) | second] ??= string.Concat((char)first, (char)second);
    }
}
