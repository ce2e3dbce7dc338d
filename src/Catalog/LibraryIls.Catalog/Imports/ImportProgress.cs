namespace LibraryIls.Catalog.Imports;

/// <summary>Told after every commit of a batch (a chunk, or on SQLite several); the command line prints from it, the API reads the batch row.</summary>
internal sealed class ImportProgress
{
    public event Action<ImportBatch>? Changed;

    /// <summary>
    /// A chunk is written and its transaction is still open, just before the batch decides whether to commit now (on
    /// SQLite: when other writes wait for the file). Whoever listens sees the batch at a known point of its work.
    /// </summary>
    public event Action<ImportBatch>? ChunkWritten;

    public void Report(ImportBatch batch) => Changed?.Invoke(batch);

    public void ReportChunkWritten(ImportBatch batch) => ChunkWritten?.Invoke(batch);
}
