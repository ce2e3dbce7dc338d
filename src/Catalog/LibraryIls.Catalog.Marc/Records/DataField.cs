namespace LibraryIls.Catalog.Marc;

/// <summary>
/// A data field: indicators and ordered, repeatable subfields. MARC21 has two indicators;
/// other ISO 2709 dialects (danMARC2) have three, so the indicators are kept as a string.
/// </summary>
public sealed class DataField : MarcField
{
    private List<Subfield>? _subfields;
    private PendingSubfields _pending;

    public DataField(string tag, string indicators = "  ", IEnumerable<Subfield>? subfields = null)
        : base(tag)
    {
        Indicators = indicators;
        _subfields = subfields is null ? [] : [.. subfields];
    }

    /// <summary>A field read from a clean record: its subfields are decoded when first asked for.</summary>
    internal DataField(string tag, string indicators, PendingSubfields pending)
        : base(tag)
    {
        Indicators = indicators;
        _pending = pending;
    }

    public DataField(string tag, char indicator1, char indicator2, params Subfield[] subfields)
        : this(tag, string.Concat(indicator1, indicator2), subfields)
    {
    }

    public string Indicators { get; set; }

    public char Indicator1 => Indicators.Length > 0 ? Indicators[0] : ' ';

    public char Indicator2 => Indicators.Length > 1 ? Indicators[1] : ' ';

    /// <summary>
    /// The subfields in cataloguing order. Fields read from clean UTF-8 records are decoded on first
    /// access, so an import that reads only 245 and 952 never builds strings for the rest.
    /// </summary>
    public List<Subfield> Subfields => _subfields ??= _pending.Decode();

    public override bool IsControlField => false;

    /// <summary>First value of the subfield, or null: what a cataloguer means by "the $a".</summary>
    public string? this[char code]
    {
        get
        {
            foreach (var subfield in Subfields)
            {
                if (subfield.Code == code)
                {
                    return subfield.Value;
                }
            }

            return null;
        }
    }

    public IEnumerable<string> Values(char code) =>
        Subfields.Where(s => s.Code == code).Select(s => s.Value);

    public DataField Add(char code, string value)
    {
        Subfields.Add(new Subfield(code, value));
        return this;
    }

    public override string ToString() =>
        $"{Tag} {Indicators} " + string.Join(" ", Subfields.Select(s => s.ToString()));
}
