using System.Security.Claims;
using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.InHouse;
using LibraryIls.Circulation.Loans.CheckOut;
using LibraryIls.Circulation.Loans.Return;
using LibraryIls.Circulation.Rules;
using LibraryIls.Organization.Contracts;
using LibraryIls.Patrons.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Demo;

/// <summary>
/// Rules, calendars and a year of desk work at the demo libraries, replayed through the desk's own handlers
/// (each transaction at its own past time), so the event log and the reports have a realistic year to show.
/// </summary>
internal sealed class CirculationDemoSeeder(CirculationDbContext db, ISiteDirectory sites, ICopyCatalog copies, IReaderCardStatus cards,
    CheckOutHandler checkOut, ReturnHandler returns, InHouseUseHandler inHouse, RuleCache rules, CalendarCache calendars,
    TimeProvider clock) : IDemoDataSeeder
{
    private const int LoansPerOpenDay = 3;
    private static readonly ClaimsPrincipal Seeder = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Admin)], "seed-demo"));

    public int Order => 30;

    public async Task SeedAsync(TextWriter report, CancellationToken ct)
    {
        if (!await db.Rules.AnyAsync(ct))
        {
            foreach (var (profile, itemType, terms) in DemoRules.Rules) db.Rules.Add(CirculationRule.Create(null, profile, itemType, terms));
            await db.SaveChangesAsync(ct);
            rules.Invalidate();
            report.WriteLine($"Quy định lưu thông / circulation rules: {DemoRules.Rules.Count} added.");
        }
        if (await db.Loans.AnyAsync(ct))
        {
            report.WriteLine("Lưu thông / circulation: the demo year is already there.");
            return;
        }
        var libraries = new List<SiteInfo>();
        foreach (var code in new[] { "TVT-TSC", "TVT-CS1", "TVT-CS2", "H-LH", "H-MT", "H-TO", "X-PH", "X-CA", "X-HT" })
            if (await sites.FindByCodeAsync(code, ct) is { } site) libraries.Add(site);
        await AddCalendars(libraries, ct);
        // A year of desk work goes through the desk's handlers one transaction at a time, which takes a while, so each library says when it is done.
        report.WriteLine($"Lưu thông / circulation: một năm mượn trả ở {libraries.Count} thư viện, khoảng một phút / replaying a year of desk work at {libraries.Count} libraries, about a minute…");
        var (loans, refused) = (0, 0);
        for (var i = 0; i < libraries.Count; i++)
        {
            var (made, no) = await ReplayYear(libraries[i], ct);
            loans += made;
            refused += no;
            report.WriteLine($"  {i + 1}/{libraries.Count} {libraries[i].Code}: {made} lượt mượn / loans, {no} bị từ chối / refused");
        }
        report.WriteLine($"Lưu thông / circulation: {loans} loans over the past year at {libraries.Count} libraries ({refused} refused by the rules, as at a real desk).");
    }

    private async Task AddCalendars(IEnumerable<SiteInfo> libraries, CancellationToken ct)
    {
        foreach (var site in libraries)
        {
            if (await db.Calendars.AnyAsync(c => c.SiteId == site.Id, ct)) continue;
            var calendar = SiteCalendar.For(site.Id);
            calendar.CloseOn(DayOfWeek.Monday);
            foreach (var (from, to, reason) in DemoRules.Holidays2026) calendar.AddClosure(from, to, reason);
            db.Calendars.Add(calendar);
        }
        await db.SaveChangesAsync(ct);
        calendars.Invalidate();
    }

    /// <summary>A deterministic year: a few loans each open day, most back within three weeks, some read in the room.</summary>
    private async Task<(int Loans, int Refused)> ReplayYear(SiteInfo site, CancellationToken ct)
    {
        var shelf = await copies.AvailableAtAsync(site.Id, 400, ct);
        var readers = await cards.ValidCardsOfSiteAsync(site.Id, 200, ct);
        if (shelf.Count == 0 || readers.Count == 0) return (0, 0);
        var random = new Random(site.Code.GetHashCode(StringComparison.Ordinal) & 0x7fffffff ^ 2026);
        var calendar = await calendars.ForAsync(site.Id, ct);
        var today = DueDates.LocalDay(clock.GetUtcNow());
        var steps = new List<(DateTimeOffset At, bool IsLoan, Func<Task<bool>> Step)>();
        for (var day = today.AddDays(-365); day < today; day = day.AddDays(1))
        {
            if (!calendar.IsOpen(day)) continue;
            for (var n = 0; n < LoansPerOpenDay; n++)
            {
                var copy = shelf[random.Next(shelf.Count)].RegistrationNumber;
                var card = readers[random.Next(readers.Count)].CardNumber;
                var at = At(day, random);
                var back = at.AddDays(3 + random.Next(25));
                steps.Add((at, true, () => Try(() => checkOut.Handle(new CheckOutRequest(card, copy, site.Code), null, Seeder, ct, at))));
                if (back < clock.GetUtcNow()) steps.Add((back, false, () => Try(() => returns.Handle(new ReturnRequest(copy, site.Code), Seeder, ct, back))));
            }
            var read = shelf[random.Next(shelf.Count)].RegistrationNumber;
            var readAt = At(day, random);
            steps.Add((readAt, false, () => Try(() => inHouse.Handle(new InHouseUseRequest(read, site.Code, null), Seeder, ct, readAt))));
        }
        var (loans, refused) = (0, 0);
        foreach (var (_, isLoan, step) in steps.OrderBy(s => s.At))
        {
            var done = await step();
            if (done && isLoan) loans++;
            if (!done) refused++;
        }
        return (loans, refused);
    }

    private static DateTimeOffset At(DateOnly day, Random random) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(7 + random.Next(10), random.Next(60))), TimeSpan.FromHours(7)).ToUniversalTime();

    private async Task<bool> Try(Func<Task> step)
    {
        try
        {
            await step();
            return true;
        }
        catch (RuleViolationException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
