using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// The rejected records of a batch as one file, to correct and import again: for an ISO 2709 file the
/// records' own bytes one after another, byte for byte as they were sent; for MARCXML a collection.
/// </summary>
internal static class Rejects
{
    public static async Task WriteAsync(CatalogDbContext db, Guid batchId, Stream output, CancellationToken ct)
    {
        var index = -1;
        var xml = (MarcXmlWriter?)null;
        var buffer = new MemoryStream();
        while (true)
        {
            var page = await db.StagedRecords.AsNoTracking()
                .Where(s => s.BatchId == batchId && s.Status == StagedRecordStatus.Rejected && s.Index > index)
                .OrderBy(s => s.Index).Take(500).Select(s => new { s.Index, s.OriginalBytes }).ToListAsync(ct);
            if (page.Count == 0) break;
            foreach (var reject in page)
            {
                var bytes = reject.OriginalBytes ?? [];
                if (MarcFiles.DetectFormat(bytes) == MarcFormat.MarcXml && bytes.Length > 0)
                {
                    xml ??= new MarcXmlWriter(buffer, collection: true, leaveOpen: true);
                    using var reader = new MarcXmlReader(new MemoryStream(bytes));
                    foreach (var record in reader) xml.Write(record);
                }
                else
                {
                    buffer.Write(bytes);
                }
            }
            index = page[^1].Index;
            if (xml is null)
            {
                await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
                buffer.SetLength(0);
            }
        }
        xml?.Dispose();
        if (buffer.Length > 0) await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
    }
}
