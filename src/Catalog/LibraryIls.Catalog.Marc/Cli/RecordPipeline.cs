using System.Collections.Concurrent;

namespace LibraryIls.Catalog.Marc;

/// <summary>
/// Reads and decodes records on one thread while the caller writes them on another: converting a
/// large file uses both cores. Batches are bounded, so memory stays flat whatever the file size.
/// </summary>
internal static class RecordPipeline
{
    private const int BatchSize = 512;
    private const int BatchesInFlight = 4;

    public static IEnumerable<MarcRecord> ReadAhead(IMarcReader reader)
    {
        using var batches = new BlockingCollection<List<MarcRecord>>(BatchesInFlight);
        Exception? failure = null;
        var producer = Task.Run(() =>
        {
            try
            {
                var batch = new List<MarcRecord>(BatchSize);
                while (reader.Read() is { } record)
                {
                    batch.Add(record);
                    if (batch.Count == BatchSize)
                    {
                        batches.Add(batch);
                        batch = new List<MarcRecord>(BatchSize);
                    }
                }

                if (batch.Count > 0)
                {
                    batches.Add(batch);
                }
            }
            catch (Exception ex) when (ex is MarcFormatException or IOException)
            {
                failure = ex;
            }
            finally
            {
                batches.CompleteAdding();
            }
        });

        foreach (var batch in batches.GetConsumingEnumerable())
        {
            foreach (var record in batch)
            {
                yield return record;
            }
        }

        producer.Wait();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }
}
