using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Rules;
using LibraryIls.Organization.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Calendar.Api;

public sealed record CalendarBody(DayOfWeek[] ClosedWeekdays, ClosureBody[] Closures);

public sealed record ClosureBody(DateOnly From, DateOnly To, string Reason);

public sealed record DueDateResponse(DateTimeOffset DueAt, DateOnly LocalDueDay);

internal static class CalendarEndpoints
{
    public static void MapCalendars(this RouteGroupBuilder circulation)
    {
        var calendars = circulation.MapGroup("/calendars/{siteCode}").WithTags("Circulation: calendar");

        calendars.MapGet("/", async Task<Ok<CalendarBody>> (string siteCode, ISiteDirectory sites, CalendarCache cache, CancellationToken ct) =>
                TypedResults.Ok(Body(await cache.ForAsync(await SiteIdAsync(siteCode, sites, ct), ct))))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetSiteCalendar");

        // The whole calendar at once: weekly closing days and the year's holidays (Tết, 30/4–1/5, 2/9 …).
        calendars.MapPut("/", async Task<Ok<CalendarBody>> (string siteCode, CalendarBody body, ISiteDirectory sites,
                IStaffSiteScope scope, HttpContext http, CirculationDbContext db, CalendarCache cache, CancellationToken ct) =>
            {
                var siteId = await SiteIdAsync(siteCode, sites, ct);
                await scope.EnsureCanActAtAsync(http.User, siteId, ct);
                var calendar = await db.Calendars.Include(c => c.Closures).SingleOrDefaultAsync(c => c.SiteId == siteId, ct);
                if (calendar is null) db.Calendars.Add(calendar = SiteCalendar.For(siteId));
                calendar.CloseOn(body.ClosedWeekdays ?? []);
                foreach (var old in calendar.Closures.ToList()) calendar.RemoveClosure(old.From);
                foreach (var closure in body.Closures ?? []) calendar.AddClosure(closure.From, closure.To, closure.Reason ?? "");
                await db.SaveChangesAsync(ct);
                cache.Invalidate();
                return TypedResults.Ok(Body(calendar));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Manager))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("SetSiteCalendar");

        calendars.MapGet("/due-date", async Task<Ok<DueDateResponse>> (string siteCode, DateTimeOffset from, int length,
                PeriodUnit unit, ISiteDirectory sites, CalendarCache cache, CancellationToken ct) =>
            {
                var calendar = await cache.ForAsync(await SiteIdAsync(siteCode, sites, ct), ct);
                var due = DueDates.Compute(from, new LoanPeriod(length, unit), calendar);
                return TypedResults.Ok(new DueDateResponse(due, DueDates.LocalDay(due)));
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ComputeDueDate");
    }

    private static async Task<Guid> SiteIdAsync(string code, ISiteDirectory sites, CancellationToken ct) =>
        (await sites.GetByCodeAsync(code, ct)).Id;

    private static CalendarBody Body(SiteCalendar c) => new(
        [.. c.ClosedWeekdays.Order()],
        [.. c.Closures.OrderBy(x => x.From).Select(x => new ClosureBody(x.From, x.To, x.Reason))]);
}
