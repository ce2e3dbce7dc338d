using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Imports;

/// <summary>A copy a scanned number may mean: its number now, its title, and the legacy system whose old label it still carries.</summary>
public sealed record CopyCandidate(Guid CopyId, string RegistrationNumber, string Title, string? OldLabelFrom);

/// <summary>
/// The labels the legacy systems printed stay on the books after the merge. A copy whose number collided was renumbered
/// (000123 → VEBRARY-000123) but carries 000123 until someone sticks its new label on, and the other library's copy kept
/// 000123. A scan of 000123 then means either book: lending or returning the one the number finds today would put the
/// wrong copy on loan. So while a renumbered copy is not marked relabelled, its old number is ambiguous at the desk,
/// answered with the candidates to choose from; a number that only a renumbered copy's old label still carries leads to it.
/// </summary>
internal static class OldLabels
{
    public const string AmbiguousCode = "COPY_NUMBER_AMBIGUOUS";

    private static readonly CompiledPerModel<Func<CatalogDbContext, string, IAsyncEnumerable<CopyCandidate>>> StillCarrying =
        new(() => EF.CompileAsyncQuery((CatalogDbContext db, string number) =>
            from i in db.ImportedCopies.AsNoTracking().Where(ImportedCopy.StillToRelabel)
            where i.OriginalNumber == number
            join c in db.Copies on i.CopyId equals c.Id
            join r in db.Records on c.RecordId equals r.Id
            select new CopyCandidate(c.Id, c.RegistrationNumber, r.Title, i.Source)));

    /// <summary>The renumbered copies that still carry <paramref name="number"/> (normalised) as their old label.</summary>
    public static async Task<List<CopyCandidate>> StillCarryingAsync(CatalogDbContext db, string number, CancellationToken ct)
    {
        var found = new List<CopyCandidate>();
        await foreach (var candidate in StillCarrying.For(db)(db, number).WithCancellation(ct)) found.Add(candidate);
        return found;
    }

    /// <summary>The copies renumbered on import whose old label <paramref name="number"/> (normalised) is, relabelled or not: what a label in hand traces to.</summary>
    public static Task<List<Guid>> OnceLabelledAsync(CatalogDbContext db, string number, CancellationToken ct) =>
        db.ImportedCopies.Where(i => i.OriginalNumber == number && i.Renumbered).Select(i => i.CopyId).ToListAsync(ct);

    /// <summary>
    /// Which copy a scan of <paramref name="number"/> means when renumbered copies still carry it as their old label: the
    /// one such copy when no copy has the number now; otherwise none can be chosen for the desk.
    /// </summary>
    public static Guid Resolve(string number, CopyCandidate? holder, IReadOnlyList<CopyCandidate> stillCarrying) =>
        holder is null && stillCarrying.Count == 1 ? stillCarrying[0].CopyId
            : throw Ambiguous(number, holder is null ? stillCarrying : [holder, .. stillCarrying]);

    private static RuleViolationException Ambiguous(string number, IReadOnlyList<CopyCandidate> candidates)
    {
        string Listed(Func<CopyCandidate, string> each) => string.Join("; ", candidates.Select(each));
        static string Short(string title) => title.Length <= 60 ? title : title[..59] + "…";
        return new RuleViolationException(AmbiguousCode, new Bilingual(
            $"Số ĐKCB {number} chỉ nhiều bản sách: " + Listed(c => c.OldLabelFrom is null
                ? $"bản {c.RegistrationNumber} «{Short(c.Title)}»"
                : $"bản {c.RegistrationNumber} «{Short(c.Title)}» còn mang nhãn cũ của {c.OldLabelFrom}")
            + ". Hãy nhập số ĐKCB mới của bản đang cầm; dán nhãn mới rồi đánh dấu đã dán nhãn.",
            $"Registration number {number} means more than one copy: " + Listed(c => c.OldLabelFrom is null
                ? $"copy {c.RegistrationNumber} “{Short(c.Title)}”"
                : $"copy {c.RegistrationNumber} “{Short(c.Title)}”, still labelled by {c.OldLabelFrom}")
            + ". Enter the new number of the copy in hand; stick on its new label and mark it relabelled."))
        {
            Details = new { candidates },
        };
    }
}
