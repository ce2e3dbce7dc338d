using System.Security.Claims;
using FluentValidation;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Desk;
using LibraryIls.Circulation.Events;
using LibraryIls.Circulation.Rotation.Usage;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.MobileVan;

/// <summary>A stop: a site code, or the name of a place that is not a site (a hamlet, a market square).</summary>
public sealed record TripStopRequest(string? SiteCode, string? PlaceName, int ReadersServed, int ItemsUsed, bool IsRural = false);

public sealed record MobileTripRequest(string VanSiteCode, DateOnly Date, int StockTaken, string[] StaffOnBoard, TripStopRequest[] Stops,
    string? Note = null);

public sealed record TripStopResponse(int Number, string? SiteCode, string Name, RotationPointKind? PointKind, SiteLevel Level, bool IsRural,
    int ReadersServed, int ItemsUsed);

public sealed record MobileTripResponse(Guid Id, string VanSiteCode, DateOnly Date, int StockTaken, IReadOnlyList<string> StaffOnBoard, string? Note,
    DateTimeOffset RecordedAt, string RecordedBy, IReadOnlyList<TripStopResponse> Stops, int ReadersServed, int ItemsUsed);

internal sealed class MobileTripRequestValidator : AbstractValidator<MobileTripRequest>
{
    public MobileTripRequestValidator()
    {
        RuleFor(r => r.VanSiteCode).NotEmpty().MaximumLength(32);
        RuleFor(r => r.StockTaken).GreaterThanOrEqualTo(0);
        RuleFor(r => r.StaffOnBoard).NotEmpty();
        RuleForEach(r => r.StaffOnBoard).NotEmpty().MaximumLength(120);
        RuleFor(r => r.Stops).NotEmpty().Must(s => s is null || s.Length <= 50);
        RuleForEach(r => r.Stops).ChildRules(stop =>
        {
            stop.RuleFor(s => s).Must(s => string.IsNullOrWhiteSpace(s.SiteCode) != string.IsNullOrWhiteSpace(s.PlaceName))
                .OverridePropertyName("siteCode").WithMessage(_ => new BuildingBlocks.Localization.Bilingual(
                    "Mỗi điểm dừng là một cơ sở (siteCode) hoặc một địa điểm (placeName).", "Each stop is a site (siteCode) or a place (placeName).").Current);
            stop.RuleFor(s => s.PlaceName).MaximumLength(200);
            stop.RuleFor(s => s.ReadersServed).GreaterThanOrEqualTo(0);
            stop.RuleFor(s => s.ItemsUsed).GreaterThanOrEqualTo(0);
        });
        RuleFor(r => r.Note).MaximumLength(500);
    }
}

/// <summary>Records a trip the van has made; the items used at each stop go to the event log as MobileUse, in the same save.</summary>
internal sealed class MobileTrips(CirculationDbContext db, DeskSite desk, ISiteDirectory sites, IStaffSiteScope scope, TimeProvider clock)
{
    public async Task<MobileTripResponse> RecordAsync(MobileTripRequest request, ClaimsPrincipal staff, CancellationToken ct, DateTimeOffset? at = null)
    {
        var van = await desk.ResolveAsync(request.VanSiteCode, staff, ct);
        var stops = new List<MobileTripStop>();
        foreach (var (stop, i) in request.Stops.Select((s, i) => (s, i)))
        {
            var site = string.IsNullOrWhiteSpace(stop.SiteCode) ? null : await desk.DestinationAsync(stop.SiteCode.Trim(), ct);
            stops.Add(MobileTripStop.At(i + 1, site, stop.PlaceName, van, stop.IsRural, stop.ReadersServed, stop.ItemsUsed));
        }
        var now = at ?? clock.GetUtcNow();
        var trip = MobileTrip.Record(van, request.Date, DueDates.LocalDay(now), request.StockTaken, request.StaffOnBoard, request.Note?.Trim(),
            stops, now, staff.Identity?.Name ?? "");
        db.MobileTrips.Add(trip);
        foreach (var stop in trip.Stops.Where(s => s.ItemsUsed > 0))
            db.Events.Add(CirculationEvent.Of(CirculationEventKind.MobileUse, UsageRecording.PeriodEnd(trip.Date), van, null, null, null, null, stop.ItemsUsed));
        await db.SaveChangesAsync(ct);
        return await DescribeAsync(trip, ct);
    }

    public async Task<MobileTripResponse> GetAsync(Guid id, ClaimsPrincipal staff, CancellationToken ct)
    {
        var trip = await db.MobileTrips.AsNoTracking().Include(t => t.Stops).SingleOrDefaultAsync(t => t.Id == id, ct)
            ?? throw NotFoundException.Of("chuyến xe", "Mobile van trip", id);
        await scope.EnsureCanActAtAsync(staff, trip.VanSiteId, ct);
        return await DescribeAsync(trip, ct);
    }

    public async Task<IReadOnlyList<MobileTripResponse>> ListAsync(string vanSiteCode, DateOnly? from, DateOnly? to, ClaimsPrincipal staff,
        CancellationToken ct)
    {
        var van = await desk.ResolveAsync(vanSiteCode, staff, ct);
        var query = db.MobileTrips.AsNoTracking().Include(t => t.Stops).Where(t => t.VanSiteId == van.Id);
        if (from is { } f) query = query.Where(t => t.Date >= f);
        if (to is { } u) query = query.Where(t => t.Date <= u);
        var result = new List<MobileTripResponse>();
        foreach (var trip in await query.OrderByDescending(t => t.Date).Take(1000).ToListAsync(ct)) result.Add(await DescribeAsync(trip, ct));
        return result;
    }

    private async Task<MobileTripResponse> DescribeAsync(MobileTrip trip, CancellationToken ct)
    {
        var van = await sites.FindAsync(trip.VanSiteId, ct);
        var stops = new List<TripStopResponse>();
        foreach (var s in trip.Stops.OrderBy(s => s.Number))
            stops.Add(new TripStopResponse(s.Number, s.SiteId is { } id ? (await sites.FindAsync(id, ct))?.Code : null, s.Name, s.PointKind, s.Level,
                s.IsRural, s.ReadersServed, s.ItemsUsed));
        return new MobileTripResponse(trip.Id, van?.Code ?? "", trip.Date, trip.StockTaken, trip.StaffOnBoard, trip.Note, trip.RecordedAt,
            trip.RecordedBy, stops, stops.Sum(s => s.ReadersServed), stops.Sum(s => s.ItemsUsed));
    }
}
