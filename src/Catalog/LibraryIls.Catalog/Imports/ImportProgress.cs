namespace LibraryIls.Catalog.Imports;

/// <summary>Told after every commit of a batch (a chunk, or on SQLite several); the command line prints from it, the API reads the batch row.</summary>
internal sealed class ImportProgress
{
    public event Action<ImportBatch>? Changed;

    public void Report(ImportBatch batch) => Changed?.Invoke(batch);
}
