using FluentValidation;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Imports;

/// <summary>A renumbered copy marked as carrying its new label.</summary>
public sealed record RelabelledCopyResponse(Guid CopyId, string RegistrationNumber, IReadOnlyList<string> OldNumbers, DateTimeOffset RelabelledAt);

/// <summary>The new labels stuck on during a relabelling round, as scanned off them: the numbers the copies carry now.</summary>
public sealed record RelabelledCopiesRequest(string[] RegistrationNumbers);

/// <summary>What a round's scans marked, and each scan that marked nothing, with the reason.</summary>
public sealed record RelabelledCopiesResponse(IReadOnlyList<RelabelledCopyResponse> Relabelled, IReadOnlyList<RefusedRelabel> Refused);

public sealed record RefusedRelabel(string RegistrationNumber, string Code, string Message);

internal sealed class RelabelledCopiesRequestValidator : AbstractValidator<RelabelledCopiesRequest>
{
    public RelabelledCopiesRequestValidator()
    {
        RuleFor(r => r.RegistrationNumbers).NotEmpty().Must(n => n is null || n.Length <= Relabelling.MaxPerRequest)
            .WithMessage(_ => new Bilingual($"Mỗi lần gửi tối đa {Relabelling.MaxPerRequest} số ĐKCB.",
                $"At most {Relabelling.MaxPerRequest} registration numbers at a time.").Current);
        RuleForEach(r => r.RegistrationNumbers).NotEmpty().MaximumLength(40);
    }
}

/// <summary>
/// A renumbered copy is marked as carrying its new label (<see cref="ImportedCopy.RelabelledAt"/>): from then on its old
/// number no longer means it at the desk (<see cref="OldLabels"/>) and it leaves the relabelling round (<see cref="RelabelList"/>).
/// One copy at a time, or a round's scans at once: the librarian scans each new label as she sticks it on.
/// </summary>
internal static class Relabelling
{
    public const int MaxPerRequest = 2000;
    public const string NotRenumberedCode = "COPY_NOT_RENUMBERED";
    public const string NotFoundCode = "COPY_NOT_FOUND";

    public static async Task<RelabelledCopyResponse> RelabelAsync(CatalogDbContext db, Guid copyId, DateTimeOffset now, CancellationToken ct)
    {
        var number = await db.Copies.Where(c => c.Id == copyId).Select(c => c.RegistrationNumber).SingleOrDefaultAsync(ct)
            ?? throw NotFoundException.Of("bản sách", "Copy", copyId);
        var imported = await db.ImportedCopies.Where(i => i.CopyId == copyId && i.Renumbered).ToListAsync(ct);
        if (imported.Count == 0) throw new RuleViolationException(NotRenumberedCode, NotRenumbered(number));
        var marked = Mark(copyId, number, imported, now);
        await db.SaveChangesAsync(ct);
        return marked;
    }

    /// <summary>
    /// Marks the copies whose numbers (as they are now, normalised) were scanned; a number no copy has, or a copy that kept its
    /// number, is refused on its own line. All marks are saved together; a number scanned twice is marked once.
    /// </summary>
    public static async Task<RelabelledCopiesResponse> RelabelAllAsync(CatalogDbContext db, IReadOnlyList<string> scanned, DateTimeOffset now, CancellationToken ct)
    {
        var numbers = scanned.Select(RegistrationNumber.Normalize).Distinct(StringComparer.Ordinal).ToList();
        var copies = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var imported = new List<ImportedCopy>();
        foreach (var slice in numbers.Chunk(1000))
        {
            var found = await db.Copies.Where(c => EF.Parameter(slice).Contains(c.RegistrationNumber))
                .Select(c => new { c.RegistrationNumber, c.Id }).ToListAsync(ct);
            foreach (var copy in found) copies[copy.RegistrationNumber] = copy.Id;
            var ids = found.Select(c => c.Id).ToList();
            imported.AddRange(await db.ImportedCopies.Where(i => EF.Parameter(ids).Contains(i.CopyId) && i.Renumbered).ToListAsync(ct));
        }
        var byCopy = imported.ToLookup(i => i.CopyId);
        var relabelled = new List<RelabelledCopyResponse>();
        var refused = new List<RefusedRelabel>();
        foreach (var number in numbers)
        {
            if (!copies.TryGetValue(number, out var id))
                refused.Add(new RefusedRelabel(number, NotFoundCode, new Bilingual(
                    $"Không có bản sách nào mang số ĐKCB {number}: hãy quét nhãn mới của bản sách.",
                    $"No copy has registration number {number}: scan the copy's new label.").Current));
            else if (!byCopy[id].Any())
                refused.Add(new RefusedRelabel(number, NotRenumberedCode, NotRenumbered(number).Current));
            else
                relabelled.Add(Mark(id, number, [.. byCopy[id]], now));
        }
        await db.SaveChangesAsync(ct);
        return new RelabelledCopiesResponse(relabelled, refused);
    }

    private static RelabelledCopyResponse Mark(Guid copyId, string number, IReadOnlyList<ImportedCopy> imported, DateTimeOffset now)
    {
        foreach (var row in imported) row.Relabel(now);
        return new RelabelledCopyResponse(copyId, number, [.. imported.Select(i => i.OriginalNumber).Distinct()], imported.Min(i => i.RelabelledAt!.Value));
    }

    private static Bilingual NotRenumbered(string number) => new(
        $"Bản {number} không được đánh số lại khi nhập: nhãn của nó vẫn đúng.",
        $"Copy {number} was not renumbered on import: its label is still right.");
}
