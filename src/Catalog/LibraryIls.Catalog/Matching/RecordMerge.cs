using LibraryIls.Catalog.Marc;

namespace LibraryIls.Catalog.Matching;

/// <summary>
/// Merging two records of the same work: the richer one (more data, counted in subfields) is kept as it is,
/// and fields only the other has are added to it — a 520 summary, a second 650, an 082 the other lacked.
/// Control fields and copies are not carried over: the kept record's 001/003/005/008 stay, copies are copies.
/// </summary>
internal static class RecordMerge
{
    public static MarcRecord Merge(MarcRecord existing, MarcRecord incoming, ISet<string> copyTags, out bool changed)
    {
        var (kept, other) = Richness(incoming) > Richness(existing) ? (incoming, existing) : (existing, incoming);
        var result = new MarcRecord(kept.Leader);
        result.Fields.AddRange(kept.Fields.Where(f => !copyTags.Contains(f.Tag)));
        var present = new HashSet<string>(result.Fields.OfType<DataField>().Select(Text), StringComparer.Ordinal);
        var tags = new HashSet<string>(result.Fields.Select(f => f.Tag), StringComparer.Ordinal);
        foreach (var field in other.Fields.OfType<DataField>())
        {
            if (copyTags.Contains(field.Tag) || present.Contains(Text(field))) continue;
            // A non-repeatable field (245, 100, 082 …) is taken only when the kept record has none.
            if (!Repeatable(field.Tag) && tags.Contains(field.Tag)) continue;
            result.Fields.Add(new DataField(field.Tag, field.Indicators, field.Subfields));
            present.Add(Text(field));
            tags.Add(field.Tag);
        }
        if (result.Fields.Count > kept.Fields.Count(f => !copyTags.Contains(f.Tag)))
        {
            var ordered = result.Fields.OrderBy(f => f.Tag, StringComparer.Ordinal).ToList(); // stable: same tags keep their order
            result.Fields.Clear();
            result.Fields.AddRange(ordered);
        }
        changed = !ReferenceEquals(kept, existing) || result.Fields.Count != existing.Fields.Count(f => !copyTags.Contains(f.Tag));
        return result;
    }

    private static int Richness(MarcRecord record) =>
        record.Fields.Sum(f => f is DataField d ? d.Subfields.Sum(s => 1 + s.Value.Length / 40) : 1);

    /// <summary>Matching text of a field, so the same heading in another case or with tone marks decomposed is not added twice.</summary>
    private static string Text(DataField field) =>
        field.Tag + " " + string.Join('|', field.Subfields.Select(s => s.Code + MatchText.Fold(s.Value)));

    private static bool Repeatable(string tag) =>
        tag[0] is '5' or '6' or '7' or '8' || tag is "020" or "022" or "024" or "035" or "041" or "246" or "250" or "260" or "264" or "300" or "490";
}
