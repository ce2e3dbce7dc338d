namespace LibraryIls.Catalog.Marc;

/// <summary>Writes records one at a time to a stream; Dispose finishes the file (closing tags) and flushes.</summary>
public interface IMarcWriter : IDisposable
{
    void Write(MarcRecord record);
}
