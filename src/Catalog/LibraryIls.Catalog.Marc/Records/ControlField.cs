namespace LibraryIls.Catalog.Marc;

/// <summary>A control field (001 control number, 003, 005, 006, 007, 008): no indicators, no subfields.</summary>
public sealed class ControlField(string tag, string value) : MarcField(tag)
{
    public string Value { get; set; } = value;

    public override bool IsControlField => true;

    public override string ToString() => $"{Tag} {Value}";
}
