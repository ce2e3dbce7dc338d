namespace LibraryIls.Catalog.Marc;

/// <summary>ISO 2709 structure bytes and limits.</summary>
internal static class Iso2709
{
    public const byte RecordTerminator = 0x1D;
    public const byte FieldTerminator = 0x1E;
    public const byte SubfieldDelimiter = 0x1F;
    public const int LeaderLength = 24;
    public const int MaxRecordLength = 99_999;
    public const int MaxFieldLength = 9_999;

    /// <summary>Parses ASCII digits; -1 when any byte is not a digit.</summary>
    public static int ParseNumber(ReadOnlySpan<byte> digits)
    {
        if (digits.IsEmpty)
        {
            return -1;
        }

        var value = 0;
        foreach (var b in digits)
        {
            var d = b - (byte)'0';
            if ((uint)d > 9)
            {
                return -1;
            }

            value = (value * 10) + d;
        }

        return value;
    }

    public static int DigitOr(byte b, int fallback, int min = 1) =>
        b >= (byte)'0' + min && b <= (byte)'9' ? b - (byte)'0' : fallback;
}
