namespace LibraryIls.Catalog.Classification;

/// <summary>
/// A call number (ký hiệu xếp giá): the DDC class number, then the author mark, e.g. "895.9223 NGUm".
/// Shelf order compares the class numbers as numbers, then the author marks.
/// </summary>
internal sealed record CallNumber(string ClassPart, string? AuthorMark)
{
    public override string ToString() => string.IsNullOrEmpty(AuthorMark) ? ClassPart : $"{ClassPart} {AuthorMark}";

    public static CallNumber Parse(string text)
    {
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 0 ? new CallNumber("", null) : new CallNumber(parts[0], parts.Length > 1 ? parts[1] : null);
    }

    /// <summary>The spine label: the class number split after its three digits, then the author mark.</summary>
    public IReadOnlyList<string> SpineLines()
    {
        var lines = new List<string>();
        if (DdcNumber.TryParse(ClassPart, out var ddc) && ddc.Digits.Length > 3)
        {
            lines.Add(ddc.Section);
            // A long decimal part is split in groups of four so it fits a 2.5 cm label.
            var decimals = ddc.Digits[3..];
            for (var i = 0; i < decimals.Length; i += 4)
                lines.Add((i == 0 ? "." : "") + decimals.Substring(i, Math.Min(4, decimals.Length - i)));
        }
        else if (ClassPart.Length > 0) lines.Add(ClassPart);
        if (!string.IsNullOrEmpty(AuthorMark)) lines.Add(AuthorMark);
        return lines;
    }

    /// <summary>
    /// A key whose ordinal order is shelf order, so the database can sort by it: the DDC digits padded
    /// to a fixed width (numbers that are not DDC sort after all DDC numbers), then the author mark.
    /// </summary>
    public string SortKey() =>
        (DdcNumber.TryParse(ClassPart, out var ddc) ? "0" + ddc.Digits.PadRight(24, ' ') : "1" + ClassPart.ToUpperInvariant().PadRight(24, ' '))
        + " " + AuthorMarkRule.Ascii(AuthorMark ?? "").ToUpperInvariant();
}

/// <summary>Shelf order of call numbers written as text.</summary>
internal sealed class ShelfOrder : IComparer<string>
{
    public static readonly ShelfOrder Instance = new();

    public int Compare(string? x, string? y) =>
        string.CompareOrdinal(CallNumber.Parse(x ?? "").SortKey(), CallNumber.Parse(y ?? "").SortKey());
}
