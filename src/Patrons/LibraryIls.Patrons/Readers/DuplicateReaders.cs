using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Patrons.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Readers;

/// <summary>
/// The same person must not get a second record (and a second card): same citizen ID, or same name (folded, so
/// tone marks and decomposed text do not hide a match) and date of birth. Searched across all sites.
/// </summary>
internal sealed class DuplicateReaders(PatronsDbContext db)
{
    public const string Code = "DUPLICATE_READER";

    public async Task<Reader?> FindAsync(ReaderData data, CancellationToken ct)
    {
        var citizenId = VietnameseText.Clean(data.CitizenId);
        var folded = VietnameseText.Fold(data.FullName);
        return await db.Readers.AsNoTracking().Include(r => r.Cards)
            .Where(r => r.ErasedAtUtc == null)
            .Where(r => (citizenId != null && r.CitizenId == citizenId) || (r.FoldedName == folded && r.DateOfBirth == data.DateOfBirth))
            .OrderBy(r => r.CreatedAtUtc)
            .FirstOrDefaultAsync(ct);
    }

    public static ReaderSummary Summary(Reader r) =>
        new(r.Id, r.FullName, r.DateOfBirth, r.CategoryCode, r.HomeSiteId, r.CurrentCard?.Number);

    /// <summary>409 with the existing reader, so the desk can open that record instead.</summary>
    public static ProblemHttpResult Conflict(Reader existing) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: new Bilingual("Bạn đọc này đã có trong hệ thống.", "This reader is already registered.").Current,
        extensions: new Dictionary<string, object?> { ["code"] = Code, ["existingReader"] = Summary(existing) });
}
