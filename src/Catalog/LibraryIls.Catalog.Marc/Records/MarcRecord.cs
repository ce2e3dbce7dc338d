namespace LibraryIls.Catalog.Marc;

/// <summary>
/// A bibliographic (or authority, holdings) record: leader, control fields and data fields in
/// the order the cataloguer entered them. Reading records also carries where the record came
/// from and what the reader had to repair.
/// </summary>
public sealed class MarcRecord
{
    public const string DefaultLeader = "00000nam a2200000 i 4500";

    public MarcRecord(string? leader = null)
    {
        Leader = leader ?? DefaultLeader;
    }

    /// <summary>The 24-character leader. Lengths (00-04, 12-16) are recomputed on write.</summary>
    public string Leader { get; set; }

    public List<MarcField> Fields { get; } = [];

    /// <summary>Position of the record in its file (0-based) and its byte offset, when read.</summary>
    public int Index { get; set; }

    public long ByteOffset { get; set; }

    /// <summary>What the bytes were, which may differ from what leader/09 claimed.</summary>
    public MarcEncoding SourceEncoding { get; set; } = MarcEncoding.Utf8;

    /// <summary>Leader/09 as the file had it (' ' MARC-8, 'a' UTF-8): the claim, kept after decoding sets the leader to 'a'.</summary>
    public char DeclaredCharacterCoding { get; set; } = 'a';

    /// <summary>Repairs and decoding problems found while reading this record (lenient mode).</summary>
    public List<MarcIssue> Issues { get; } = [];

    public string? ControlNumber => ControlField("001");

    public string? ControlField(string tag) =>
        Fields.OfType<ControlField>().FirstOrDefault(f => f.Tag == tag)?.Value;

    public DataField? DataField(string tag) =>
        Fields.OfType<DataField>().FirstOrDefault(f => f.Tag == tag);

    public IEnumerable<DataField> DataFields(string tag) =>
        Fields.OfType<DataField>().Where(f => f.Tag == tag);

    public IEnumerable<MarcField> GetFields(string tag) => Fields.Where(f => f.Tag == tag);

    /// <summary>245 $a, the title proper.</summary>
    public string? Title => DataField("245")?['a'];

    public MarcRecord AddControlField(string tag, string value)
    {
        Fields.Add(new ControlField(tag, value));
        return this;
    }

    public MarcRecord AddDataField(DataField field)
    {
        Fields.Add(field);
        return this;
    }

    public override string ToString() => DisplayFormat.ToLineString(this);
}
