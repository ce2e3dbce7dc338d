using System.Linq.Expressions;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// A copy an import created, with the registration number it had in the legacy system and the one it has
/// now (different when the old one was taken): the old → new list printed labels are traced with.
/// </summary>
internal sealed class ImportedCopy
{
    private ImportedCopy() { }

    public long Id { get; private set; }
    public Guid BatchId { get; private set; }
    public int RecordIndex { get; private set; }
    public Guid CopyId { get; private set; }
    public Guid RecordId { get; private set; }
    public string Source { get; private set; } = "";
    public string OriginalNumber { get; private set; } = "";
    public string RegistrationNumber { get; private set; } = "";
    public bool Renumbered { get; private set; }

    /// <summary>When a librarian said the renumbered copy carries its new label: its old number no longer leads to it at the desk.</summary>
    public DateTimeOffset? RelabelledAt { get; private set; }

    public void Relabel(DateTimeOffset now) => RelabelledAt ??= now;

    /// <summary>Renumbered and not yet marked relabelled: the book still carries its old label.</summary>
    public static readonly Expression<Func<ImportedCopy, bool>> StillToRelabel = c => c.Renumbered && c.RelabelledAt == null;

    public static ImportedCopy Of(Guid batchId, int index, Guid copyId, Guid recordId, string source, string original, string number) => new()
    {
        BatchId = batchId, RecordIndex = index, CopyId = copyId, RecordId = recordId, Source = source,
        OriginalNumber = original.Length <= 64 ? original : original[..64], RegistrationNumber = number, Renumbered = original != number,
    };
}
