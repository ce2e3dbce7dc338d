namespace LibraryIls.Catalog.Marc;

/// <summary>One subfield ($a, $b, ...). A value type so a record of thousands of subfields costs no extra objects.</summary>
public readonly record struct Subfield(char Code, string Value)
{
    public override string ToString() => $"${Code} {Value}";
}
