namespace LibraryIls.Catalog.Marc;

/// <summary>The one exception type readers throw: a structural error found in strict mode (or a broken XML file).</summary>
public sealed class MarcFormatException : Exception
{
    public MarcFormatException(string message, int recordIndex, long byteOffset, Exception? inner = null)
        : base($"record {recordIndex} at byte {byteOffset}: {message}", inner)
    {
        RecordIndex = recordIndex;
        ByteOffset = byteOffset;
    }

    public int RecordIndex { get; }

    public long ByteOffset { get; }
}
