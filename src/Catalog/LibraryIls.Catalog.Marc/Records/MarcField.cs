namespace LibraryIls.Catalog.Marc;

/// <summary>One variable field of a record: a control field (00X) or a data field.</summary>
public abstract class MarcField(string tag)
{
    public string Tag { get; set; } = tag;

    public abstract bool IsControlField { get; }
}
