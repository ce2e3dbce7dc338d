namespace LibraryIls.Catalog.Marc;

/// <summary>A record cannot be written in the requested format (e.g. longer than ISO 2709 allows). Nothing of it was written.</summary>
public sealed class MarcWriteException(string messageVi, string messageEn, int recordIndex)
    : Exception($"record {recordIndex}: {messageEn}")
{
    public string MessageVi { get; } = messageVi;

    public string MessageEn { get; } = messageEn;

    public int RecordIndex { get; } = recordIndex;
}
