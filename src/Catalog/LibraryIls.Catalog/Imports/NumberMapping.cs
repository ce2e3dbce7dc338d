using System.Globalization;
using System.Text;
using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// A batch's registration numbers old → new as CSV, what printed labels are traced with: every copy it created, or the
/// renumbered ones, or those still to relabel (renumbered, not yet marked as carrying the new label). The API and the
/// command line give the same file.
/// </summary>
internal static class NumberMapping
{
    public const string Header = "source,original_number,registration_number,record_id,copy_id,relabelled_at";

    public static async Task<string> CsvAsync(CatalogDbContext db, Guid batchId, bool renumberedOnly, bool toRelabelOnly, CancellationToken ct)
    {
        var query = db.ImportedCopies.AsNoTracking().Where(c => c.BatchId == batchId);
        if (toRelabelOnly) query = query.Where(ImportedCopy.StillToRelabel);
        else if (renumberedOnly) query = query.Where(c => c.Renumbered);
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var c in await query.OrderBy(c => c.RecordIndex).ThenBy(c => c.Id).ToListAsync(ct))
            csv.Append(CultureInfo.InvariantCulture,
                $"{Field(c.Source)},{Field(c.OriginalNumber)},{Field(c.RegistrationNumber)},{c.RecordId},{c.CopyId},{c.RelabelledAt:O}\n");
        return csv.ToString();
    }

    /// <summary>A CSV field, quoted when it holds a comma, a quote or a line break.</summary>
    public static string Field(string value) => value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
