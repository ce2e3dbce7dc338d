using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Organization.Contracts;
using LibraryIls.Patrons.Cards;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Readers;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Registrations;

/// <summary>The desk's side of online registration: approve (reader and card created) or reject with a reason.</summary>
internal sealed class RegistrationReview(PatronsDbContext db, ReaderDesk desk, ReaderChanges readers, CardDesk cards,
    IStaffSiteScope scope, TimeProvider clock)
{
    public async Task<Registration> Load(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw NotFoundException.Of("đơn đăng ký", "Application", id);
        await scope.EnsureCanActAtAsync(user, registration.SiteId, ct);
        return registration;
    }

    /// <summary>The approved application, or the existing reader it duplicates (nothing changed then).</summary>
    public async Task<(Registration? Approved, Reader? Duplicate)> Approve(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var registration = await Load(id, user, ct);
        var site = await desk.SiteAsync(registration.SiteId, ct);
        var category = await desk.CategoryAsync(registration.CategoryCode, ct);
        var (reader, duplicate) = await readers.Add(registration.ToReaderData(), category, site, null, user, ct);
        if (reader is null) return (null, duplicate);
        var card = await cards.IssueTo(reader, site, user, ct);
        registration.Approve(reader.Id, card.Number, user.Actor(), clock.GetUtcNow().UtcDateTime);
        // The data now lives in the reader record; the application need not keep a second copy.
        registration.ForgetPersonalData();
        await db.SaveChangesAsync(ct);
        return (registration, null);
    }

    public async Task<Registration> Reject(Guid id, string reason, ClaimsPrincipal user, CancellationToken ct)
    {
        var registration = await Load(id, user, ct);
        registration.Reject(reason, user.Actor(), clock.GetUtcNow().UtcDateTime);
        registration.ForgetPersonalData();
        await db.SaveChangesAsync(ct);
        return registration;
    }
}
