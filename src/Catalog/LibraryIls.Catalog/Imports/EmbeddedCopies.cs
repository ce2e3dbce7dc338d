using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Matching;

namespace LibraryIls.Catalog.Imports;

/// <summary>A copy as a legacy record carried it (952, 852 or the system's own tag), before it is placed here.</summary>
internal sealed record EmbeddedCopy(
    string OriginalNumber, string? SiteCode, CopyLocation? Location, string ItemType, string? CallNumber, decimal? Price, DateOnly? AcquiredOn);

/// <summary>Takes the copies out of a record according to a <see cref="CopyMapping"/>; the record keeps no copy fields.</summary>
internal static class EmbeddedCopies
{
    public static List<EmbeddedCopy> TakeOut(MarcRecord record, CopyMapping mapping)
    {
        var copies = new List<EmbeddedCopy>();
        foreach (var field in record.DataFields(mapping.Tag).ToList())
        {
            var call = Value(field, mapping.CallNumber);
            if (Value(field, mapping.CallNumberItemPart) is { } item) call = call is null ? item : $"{call} {item}";
            var site = Value(field, mapping.Site);
            copies.Add(new EmbeddedCopy(
                Value(field, mapping.RegistrationNumber) ?? "",
                site is null ? null : mapping.Sites.GetValueOrDefault(site, site),
                LocationOf(Value(field, mapping.Location), mapping),
                Value(field, mapping.ItemType)?.ToUpperInvariant() is { Length: > 0 and <= 16 } type ? type : "SACH",
                call,
                LegacyCopyValues.Price(Value(field, mapping.Price)),
                LegacyCopyValues.Date(Value(field, mapping.AcquiredOn))));
        }
        record.Fields.RemoveAll(f => f.Tag == mapping.Tag);
        return copies;
    }

    public static int Count(MarcRecord record, CopyMapping mapping) => record.DataFields(mapping.Tag).Count();

    /// <summary>A stock named in words: "Kho đọc", "Phòng đọc", "Kho thiếu nhi", "Địa chí", "Luân chuyển", "Kho mượn"; or a code from the mapping.</summary>
    public static CopyLocation? LocationOf(string? text, CopyMapping mapping)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (mapping.Locations.TryGetValue(text.Trim(), out var mapped)) return mapped;
        var folded = MatchText.Fold(text);
        if (folded.Contains("thieu nhi", StringComparison.Ordinal) || folded.Contains("child", StringComparison.Ordinal)) return CopyLocation.Children;
        if (folded.Contains("dia chi", StringComparison.Ordinal) || folded.Contains("local", StringComparison.Ordinal)) return CopyLocation.LocalStudies;
        if (folded.Contains("luan chuyen", StringComparison.Ordinal) || folded.Contains("luu dong", StringComparison.Ordinal)) return CopyLocation.Rotation;
        if (folded.Contains("doc", StringComparison.Ordinal) || folded.Contains("reading", StringComparison.Ordinal)) return CopyLocation.ReadingRoom;
        if (folded.Contains("muon", StringComparison.Ordinal) || folded.Contains("lend", StringComparison.Ordinal)) return CopyLocation.Lending;
        return null;
    }

    private static string? Value(DataField field, char? code) =>
        code is { } c && field[c] is { } v && v.Trim().Length > 0 ? v.Trim() : null;
}
