using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Readers;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Privacy;

/// <summary>The reader's rights under Decree 13/2023/NĐ-CP: access to their data, and erasure.</summary>
internal sealed class PersonalData(PatronsDbContext db, ReaderDesk desk, AuditTrail audit, IOpenLoanCheck loans,
    TimeProvider clock)
{
    public async Task<ReaderExport> Export(Guid readerId, ClaimsPrincipal user, CancellationToken ct)
    {
        var reader = await desk.ReaderAsync(readerId, user, ct);
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.ReaderId == readerId)
            .Select(r => new ExportedRegistration(r.ReferenceCode, r.Status.ToString(), r.SubmittedAtUtc, r.DecidedAtUtc))
            .ToListAsync(ct);
        var processing = await db.Audit.AsNoTracking().Where(a => a.ReaderId == readerId).OrderBy(a => a.AtUtc)
            .Select(a => new AuditResponse(a.AtUtc, a.Action, a.Actor, a.Detail)).ToListAsync(ct);
        audit.Record(reader.Id, user, AuditTrail.Exported);
        await db.SaveChangesAsync(ct);
        return new ReaderExport(clock.GetUtcNow().UtcDateTime, ReaderResponse.From(reader),
            reader.Photo is null ? null : Convert.ToBase64String(reader.Photo), registrations, processing);
    }

    /// <summary>
    /// Anonymises the reader. Card events and visits never held the reader, so the statistics stay as they were;
    /// the audit trail (field names only) stays as proof of what was done.
    /// </summary>
    public async Task Erase(Guid readerId, ClaimsPrincipal user, CancellationToken ct)
    {
        var reader = await desk.ReaderAsync(readerId, user, ct);
        if (await loans.HasOpenLoansAsync(readerId, ct))
            throw new RuleViolationException("READER_HAS_OPEN_LOANS", new Bilingual(
                "Bạn đọc còn tài liệu đang mượn; hãy trả hết trước khi xoá dữ liệu.",
                "The reader still has items on loan; they must be returned before the data is erased."));
        reader.Erase(clock.GetUtcNow().UtcDateTime);
        // An erased reader can no longer sign in: the PIN goes with the rest.
        if (await db.ReaderPins.SingleOrDefaultAsync(p => p.ReaderId == readerId, ct) is { } pin) db.ReaderPins.Remove(pin);
        foreach (var registration in await db.Registrations.Where(r => r.ReaderId == readerId).ToListAsync(ct))
            registration.ForgetPersonalData();
        audit.Record(reader.Id, user, AuditTrail.Erased);
        await db.SaveChangesAsync(ct);
    }
}

public sealed record AuditResponse(DateTime AtUtc, string Action, string Actor, string? Detail);

public sealed record ExportedRegistration(string ReferenceCode, string Status, DateTime SubmittedAtUtc, DateTime? DecidedAtUtc);

public sealed record ReaderExport(DateTime ExportedAtUtc, ReaderResponse Reader, string? PhotoBase64,
    IReadOnlyList<ExportedRegistration> Registrations, IReadOnlyList<AuditResponse> Processing);
