using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Jobs;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Holds;
using LibraryIls.Organization.Contracts;
using LibraryIls.Patrons.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LibraryIls.Circulation.Notices;

public sealed record NoticeRunResult(int DueSoon, int Overdue, int HoldAvailable, int WithoutContact);

/// <summary>
/// The notices job: due soon, overdue (at each configured step) and hold available. A notice is claimed
/// in the database before it is sent, so it goes out once; a failed send gives the claim back for the next run.
/// </summary>
internal sealed class NoticeRun(CirculationDbContext db, IReaderContacts contacts, ICopyCatalog copies, ISiteDirectory sites,
    INoticeSender sender, IOptions<NoticeOptions> options, TimeProvider clock, ILogger<NoticeRun> log) : IScheduledJob
{
    public async Task RunAsync(CancellationToken ct) => await Send(ct);

    public async Task<NoticeRunResult> Send(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var o = options.Value;
        int dueSoon = 0, overdue = 0, holds = 0, missing = 0;
        var soon = now.AddDays(o.DueSoonDays);
        foreach (var loan in await db.Loans.AsNoTracking().Where(l => l.ReturnedAt == null && l.ReaderId != null && l.DueAt > now && l.DueAt <= soon).ToListAsync(ct))
        {
            var number = await RegistrationNumber(loan.CopyId, ct);
            Count(await TrySend($"due-soon:{loan.Id}:{loan.DueAt.UtcTicks}", NoticeKind.DueSoon, loan.ReaderId!.Value,
                c => NoticeTexts.DueSoon(c.FullName, number, loan.DueAt), now, ct), ref dueSoon, ref missing);
        }
        foreach (var loan in await db.Loans.AsNoTracking().Where(l => l.ReturnedAt == null && l.ReaderId != null && l.DueAt < now).ToListAsync(ct))
        {
            var days = DueDates.DaysOverdue(loan.DueAt, now);
            var step = o.OverdueSteps.Where(s => s <= days).DefaultIfEmpty(0).Max();
            if (step == 0) continue;
            var number = await RegistrationNumber(loan.CopyId, ct);
            Count(await TrySend($"overdue:{loan.Id}:{step}", NoticeKind.Overdue, loan.ReaderId!.Value,
                c => NoticeTexts.Overdue(c.FullName, number, loan.DueAt, days), now, ct), ref overdue, ref missing);
        }
        foreach (var hold in await db.Holds.AsNoTracking().Where(h => h.Status == HoldStatus.ReadyForPickup && h.ReaderId != null).ToListAsync(ct))
        {
            var site = (await sites.FindAsync(hold.PickupSiteId, ct))?.Name ?? "thư viện";
            Count(await TrySend($"hold:{hold.Id}", NoticeKind.HoldAvailable, hold.ReaderId!.Value,
                c => NoticeTexts.HoldAvailable(c.FullName, site, hold.PickupBy!.Value), now, ct), ref holds, ref missing);
        }
        return new NoticeRunResult(dueSoon, overdue, holds, missing);
    }

    private enum Outcome { AlreadySent, Sent, NoContact, Failed }

    private static void Count(Outcome outcome, ref int sent, ref int missing)
    {
        if (outcome == Outcome.Sent) sent++;
        if (outcome == Outcome.NoContact) missing++;
    }

    private async Task<Outcome> TrySend(string key, NoticeKind kind, Guid readerId, Func<ReaderContact, (string Subject, string Body)> text,
        DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Set<Notice>().AnyAsync(n => n.Key == key, ct)) return Outcome.AlreadySent;
        var contact = await contacts.FindAsync(readerId, ct);
        var to = sender.Channel == "email" ? contact?.Email : contact?.Email ?? contact?.Phone;
        if (contact is null || to is null) return Outcome.NoContact;
        var (subject, body) = text(contact);
        var claim = Notice.Claim(key, kind, readerId, sender.Channel, subject, now);
        db.Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear(); // another node claimed it first
            return Outcome.AlreadySent;
        }
        try
        {
            await sender.SendAsync(new NoticeMessage(to, subject, body), ct);
            return Outcome.Sent;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Notice {Key} could not be sent; it will be tried again", key);
            db.Remove(claim);
            await db.SaveChangesAsync(ct);
            return Outcome.Failed;
        }
    }

    private async Task<string> RegistrationNumber(Guid copyId, CancellationToken ct) =>
        (await copies.FindAsync(copyId, ct))?.RegistrationNumber ?? "?";
}
