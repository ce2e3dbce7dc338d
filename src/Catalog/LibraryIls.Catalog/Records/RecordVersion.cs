using LibraryIls.Catalog.Marc;

namespace LibraryIls.Catalog.Records;

internal enum RecordChangeKind
{
    Created = 1,
    Updated = 2,
    Restored = 3,
    Deleted = 4,
}

/// <summary>
/// One entry of a record's history: who made version N, when, which tags changed, and the MARC as it
/// was at version N, so every earlier state can be seen and restored. Kept after the record is deleted.
/// The version a record stands at holds no MARC of its own: its MARC is the record's, stored once. Whoever makes
/// the next version first gives the one before it the MARC it is leaving (<see cref="Keep"/>); a deletion's version
/// keeps the MARC deleted. Otherwise an import would write every record's MARC twice, in the record and in its first version.
/// </summary>
internal sealed class RecordVersion
{
    private RecordVersion() { }

    public long Id { get; private set; }
    public Guid RecordId { get; private set; }
    public int Version { get; private set; }
    public RecordChangeKind Kind { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }
    public string ChangedBy { get; private set; } = "";

    /// <summary>The tags whose fields differ from the version before, e.g. "245 650".</summary>
    public string ChangedTags { get; private set; } = "";

    /// <summary>The MARC at this version; empty while this is the version the record stands at (<see cref="MarcOr"/>).</summary>
    public string Marc { get; private set; } = "";

    /// <param name="current">The record's MARC when the caller holds it already (an import), so it is not parsed back from storage.</param>
    public static RecordVersion Of(BibliographicRecord record, RecordChangeKind kind, MarcRecord? before, string user, DateTimeOffset now,
        MarcRecord? current = null) =>
        new()
        {
            RecordId = record.Id,
            Version = kind == RecordChangeKind.Deleted ? record.Version + 1 : record.Version,
            Kind = kind,
            ChangedAt = now,
            ChangedBy = user,
            ChangedTags = string.Join(' ', Diff(before, kind == RecordChangeKind.Deleted ? null : current ?? record.ToMarc())),
            Marc = kind == RecordChangeKind.Deleted ? record.Marc : "",
        };

    /// <summary>The MARC at this version, given the record's as it stands (this version's when it holds none).</summary>
    public string MarcOr(string current) => Marc.Length > 0 ? Marc : current;

    /// <summary>A later version is being made: this one keeps the MARC the record is leaving.</summary>
    public void Keep(string leaving)
    {
        if (Marc.Length == 0) Marc = leaving;
    }

    /// <summary>The versions after this one were taken back (an import undone): the record stands at this one again.</summary>
    public void StandAgain()
    {
        if (Kind != RecordChangeKind.Deleted) Marc = "";
    }

    private static IEnumerable<string> Diff(MarcRecord? before, MarcRecord? after)
    {
        // A first version changes every tag it has: no need to compare the fields' text.
        if (before is null) return after is null ? [] : after.Fields.Select(f => f.Tag).Distinct().Order(StringComparer.Ordinal);
        var old = Lines(before);
        var now = Lines(after);
        var tags = old.Keys.Union(now.Keys).Where(t => !old.GetValueOrDefault(t, []).SequenceEqual(now.GetValueOrDefault(t, [])));
        if (before is not null && after is not null && Coded(before.Leader) != Coded(after.Leader)) tags = tags.Prepend("LDR");
        return tags.Order(StringComparer.Ordinal);
    }

    /// <summary>The leader's coded values, without the lengths the writers recompute (00-04, 12-16).</summary>
    private static string Coded(string leader) => leader.PadRight(24)[5..12] + leader.PadRight(24)[17..];

    private static Dictionary<string, List<string>> Lines(MarcRecord? record) =>
        record is null ? [] : record.Fields.GroupBy(f => f.Tag).ToDictionary(g => g.Key, g => g.Select(f => f.ToString() ?? "").ToList());
}
