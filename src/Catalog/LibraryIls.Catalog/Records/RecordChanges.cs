using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Records;

/// <summary>
/// Create, change, delete and restore records. Every save is checked by the codec's rules (errors
/// refuse it, warnings come back), compared against the version the cataloguer edited, and written
/// to the record's history in the same transaction.
/// </summary>
internal sealed class RecordChanges(CatalogDbContext db, TimeProvider clock)
{
    private static readonly MarcValidator Validator = new();

    public async Task<SavedRecord> Create(MarcRecord marc, ClaimsPrincipal user, CancellationToken ct)
    {
        var warnings = Validate(marc);
        var record = BibliographicRecord.Create(marc, Who(user), clock.GetUtcNow());
        db.Records.Add(record);
        db.RecordVersions.Add(RecordVersion.Of(record, RecordChangeKind.Created, null, Who(user), clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return new SavedRecord(record, warnings);
    }

    public Task<SavedRecord> Change(Guid id, MarcRecord marc, int expectedVersion, ClaimsPrincipal user, CancellationToken ct) =>
        Replace(id, marc, Validate(marc), RecordChangeKind.Updated, expectedVersion, user, ct);

    /// <summary>Makes the MARC of an earlier version the current one again, as a new version (history is never rewritten).</summary>
    public async Task<SavedRecord> Restore(Guid id, int version, int expectedVersion, ClaimsPrincipal user, CancellationToken ct)
    {
        var earlier = await db.RecordVersions.AsNoTracking().SingleOrDefaultAsync(v => v.RecordId == id && v.Version == version, ct)
            ?? throw NotFoundException.Of("phiên bản biểu ghi", "Record version", $"{id}/{version}");
        var marc = MarcContent.FromStored(await RecordHistory.MarcAtAsync(db, earlier, ct));
        // A version that was saved once is restored even if the rules have since grown stricter.
        return await Replace(id, marc, [.. Validator.Validate(marc).Warnings], RecordChangeKind.Restored, expectedVersion, user, ct);
    }

    public async Task Delete(Guid id, int expectedVersion, ClaimsPrincipal user, CancellationToken ct)
    {
        var record = await Load(id, expectedVersion, ct);
        if (await db.Copies.AnyAsync(c => c.RecordId == id, ct))
            throw new RuleViolationException("RECORD_HAS_COPIES", new Bilingual(
                "Biểu ghi còn bản sách; hãy xoá hoặc chuyển các bản sách trước.",
                "The record still has copies; delete or move them first."));
        await RecordHistory.LeaveAsync(db, record, ct);
        db.RecordVersions.Add(RecordVersion.Of(record, RecordChangeKind.Deleted, record.ToMarc(), Who(user), clock.GetUtcNow()));
        db.Records.Remove(record);
        await db.SaveChangesAsync(ct);
    }

    private async Task<SavedRecord> Replace(Guid id, MarcRecord marc, IReadOnlyList<MarcIssue> warnings, RecordChangeKind kind,
        int expectedVersion, ClaimsPrincipal user, CancellationToken ct)
    {
        var record = await Load(id, expectedVersion, ct);
        var before = record.ToMarc();
        await RecordHistory.LeaveAsync(db, record, ct);
        record.Replace(marc, Who(user), clock.GetUtcNow());
        db.RecordVersions.Add(RecordVersion.Of(record, kind, before, Who(user), clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return new SavedRecord(record, warnings);
    }

    /// <summary>
    /// The record as the cataloguer saw it: the version they edited becomes the concurrency token's
    /// original value, so a save after someone else's fails with 409 instead of overwriting it.
    /// </summary>
    private async Task<BibliographicRecord> Load(Guid id, int expectedVersion, CancellationToken ct)
    {
        var record = await db.Records.Include(r => r.Headings).SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw NotFoundException.Of("biểu ghi", "Record", id);
        db.Entry(record).Property(r => r.Version).OriginalValue = expectedVersion;
        if (record.Version != expectedVersion) throw new DbUpdateConcurrencyException(
            $"Record {id} is at version {record.Version}, the change was made to version {expectedVersion}.");
        return record;
    }

    /// <summary>Errors refuse the save (400 with the field list); warnings are returned with the saved record.</summary>
    public static IReadOnlyList<MarcIssue> Validate(MarcRecord marc)
    {
        var (errors, warnings) = Check(marc);
        if (errors.Count > 0)
            throw new ValidationException(errors.Select(e => new ValidationFailure(
                e.Where.Length > 0 ? e.Where : "record", new Bilingual(e.MessageVi, e.MessageEn).Current) { ErrorCode = e.Code }));
        return warnings;
    }

    /// <summary>What the save rules say about a record, without refusing it: an import stages it and shows both lists.</summary>
    public static (IReadOnlyList<MarcIssue> Errors, IReadOnlyList<MarcIssue> Warnings) Check(MarcRecord marc)
    {
        var issues = marc.Issues.Concat(Validator.Validate(marc).Issues).ToList();
        return ([.. issues.Where(i => i.Severity == IssueSeverity.Error)], [.. issues.Where(i => i.Severity == IssueSeverity.Warning)]);
    }

    private static string Who(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}

internal sealed record SavedRecord(BibliographicRecord Record, IReadOnlyList<MarcIssue> Warnings);
