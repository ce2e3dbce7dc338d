using System.Security.Claims;
using LibraryIls.Organization.Contracts;
using LibraryIls.Patrons.Categories;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Privacy;

namespace LibraryIls.Patrons.Readers;

/// <summary>Creates and corrects readers at the desk; online approval and import create them the same way.</summary>
internal sealed class ReaderChanges(PatronsDbContext db, ReaderDesk desk, DuplicateReaders duplicates, AuditTrail audit,
    TimeProvider clock)
{
    /// <summary>The new reader (added to the unit of work, not yet saved), or the existing one it duplicates.</summary>
    public async Task<(Reader? Created, Reader? Duplicate)> Add(ReaderData data, ReaderCategory category, SiteInfo homeSite,
        string? source, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await duplicates.FindAsync(data, ct) is { } existing) return (null, existing);
        var reader = Reader.Create(data, category, homeSite.Id, clock.GetUtcNow().UtcDateTime, source);
        db.Readers.Add(reader);
        audit.Record(reader.Id, user, source is null ? AuditTrail.Created : AuditTrail.Imported, source);
        return (reader, null);
    }

    public async Task<(Reader? Created, Reader? Duplicate)> Create(ReaderRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var site = await desk.SiteAsync(request.HomeSiteCode, user, ct);
        var category = await desk.CategoryAsync(request.CategoryCode, ct);
        var (reader, duplicate) = await Add(request.ToData(), category, site, null, user, ct);
        if (reader is null) return (null, duplicate);
        if (request.PhotoBase64 is not null) reader.SetPhoto(Convert.FromBase64String(request.PhotoBase64));
        await db.SaveChangesAsync(ct);
        return (reader, null);
    }

    public async Task<Reader> Change(Guid id, ReaderRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var reader = await desk.ReaderAsync(id, user, ct);
        var site = await desk.SiteAsync(request.HomeSiteCode, user, ct);
        var category = await desk.CategoryAsync(request.CategoryCode, ct);
        reader.Change(request.ToData(), category, site.Id, clock.GetUtcNow().UtcDateTime);
        if (request.PhotoBase64 is not null) reader.SetPhoto(Convert.FromBase64String(request.PhotoBase64));
        // Field names only: the audit trail must not become a second copy of the personal data.
        var changed = db.Entry(reader).Properties.Where(p => p.IsModified && p.Metadata.Name is not "UpdatedAtUtc" and not "FoldedName")
            .Select(p => p.Metadata.Name);
        audit.Record(reader.Id, user, AuditTrail.Changed, string.Join(",", changed));
        await db.SaveChangesAsync(ct);
        return reader;
    }
}
