namespace LibraryIls.Catalog.Search.Memory;

/// <summary>
/// A record's word packed in 64 bits, so a record's words sort by field and place: field (4 bits), place in the
/// field (16 bits), which written form of the word it is (12 bits), the folded word's number (32 bits).
/// </summary>
internal static class MemoryToken
{
    public const int MaxPosition = ushort.MaxValue;
    public const int MaxForm = 0xFFF;

    public static ulong Pack(int field, int position, int form, int word) =>
        ((ulong)(field & 0xF) << 60) | ((ulong)Math.Min(position, MaxPosition) << 44) | ((ulong)Math.Min(form, MaxForm) << 32) | (uint)word;

    public static int Field(ulong token) => (int)(token >> 60);
    public static int Position(ulong token) => (int)((token >> 44) & 0xFFFF);
    public static int Form(ulong token) => (int)((token >> 32) & 0xFFF);
    public static int Word(ulong token) => (int)(uint)token;

    /// <summary>Field and place: the key a phrase looks its next word up by.</summary>
    public static uint Place(ulong token) => (uint)(token >> 44);

    public static uint Place(int field, int position) => (uint)(((field & 0xF) << 16) | Math.Min(position, MaxPosition));
}

/// <summary>
/// What a posting (one word in one record) keeps for matching and ranking, in 32 bits: the fields the word is in
/// (6 bits), and which of the word's written forms occur anywhere and in the title (13 bits each: the twelve
/// commonest forms one bit each, the rest sharing the last bit, resolved from the record's words when asked).
/// </summary>
internal static class MemoryPosting
{
    public const int FormBits = 12;
    public const uint OtherForms = 1u << FormBits;
    private const int AnyShift = 6;
    private const int TitleShift = 19;

    public static uint FormBit(int form) => form < FormBits ? 1u << form : OtherForms;

    public static uint FieldBit(int field) => 1u << (field - 1);

    public static uint Of(int field, int form) =>
        FieldBit(field) | (FormBit(form) << AnyShift) | (field == (int)SearchField.Title ? FormBit(form) << TitleShift : 0);

    public static uint Fields(uint info) => info & 0x3F;
    public static uint AnyForms(uint info) => (info >> AnyShift) & 0x1FFF;
    public static uint TitleForms(uint info) => (info >> TitleShift) & 0x1FFF;
}

/// <summary>A record has copies at a site of an item type (both by number), with at least one on the shelf or none.</summary>
internal readonly record struct MemoryShelf(int Site, int ItemType, bool OnShelf);

/// <summary>Shelves (sorted sets of <see cref="MemoryShelf"/>) compared by what they hold, so each combination is kept once.</summary>
internal sealed class MemoryShelfComparer : IEqualityComparer<MemoryShelf[]>
{
    public bool Equals(MemoryShelf[]? x, MemoryShelf[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(MemoryShelf[] shelf)
    {
        var hash = new HashCode();
        foreach (var holding in shelf) hash.Add(holding);
        return hash.ToHashCode();
    }
}

/// <summary>A record's row of cat_search_documents as the memory index reads it.</summary>
internal readonly record struct MemoryDocumentRow(long DocNo, bool IsDeleted, string? DdcMainClass, double? DdcValue, int? Year, string? Language, bool IsLocalStudies);

/// <summary>A row of cat_search_tokens as read.</summary>
internal readonly record struct MemoryWordRow(long DocNo, int Field, int Position, string Folded, string Exact);

/// <summary>A row of cat_search_holdings as read.</summary>
internal readonly record struct MemoryHoldingRow(long DocNo, Guid SiteId, string ItemType, int Copies, int Available);
