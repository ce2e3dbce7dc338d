using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Organization.Contracts;

namespace LibraryIls.Circulation.MobileVan;

/// <summary>
/// A day's trip of the mobile library van (xe thư viện lưu động): the stops it made, the stock on board and the
/// staff who went. The stops' counts are what the ministry's "xe lưu động" figures add up.
/// </summary>
internal sealed class MobileTrip
{
    private readonly List<MobileTripStop> _stops = [];
    private List<string> _staffOnBoard = [];

    private MobileTrip() { }

    public Guid Id { get; private set; }
    public Guid VanSiteId { get; private set; }
    public DateOnly Date { get; private set; }
    public int StockTaken { get; private set; }
    public IReadOnlyList<string> StaffOnBoard => _staffOnBoard;
    public string? Note { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public IReadOnlyCollection<MobileTripStop> Stops => _stops;

    public static MobileTrip Record(SiteInfo van, DateOnly date, DateOnly today, int stockTaken, IEnumerable<string> staff, string? note,
        IEnumerable<MobileTripStop> stops, DateTimeOffset now, string recordedBy)
    {
        if (van.Kind != SiteKind.MobileVan) throw Rotation.RotationRefusals.NotAMobileVan(van.Code);
        if (date > today)
            throw new RuleViolationException("TRIP_IN_FUTURE", new Bilingual("Chuyến xe chưa diễn ra: chỉ ghi chuyến đã đi.", "The trip has not happened yet: record trips once made."));
        var trip = new MobileTrip
        {
            Id = Guid.CreateVersion7(), VanSiteId = van.Id, Date = date, StockTaken = stockTaken, Note = note, RecordedAt = now,
            RecordedBy = recordedBy, _staffOnBoard = staff.Select(s => s.Trim()).Where(s => s.Length > 0).ToList(),
        };
        trip._stops.AddRange(stops);
        return trip;
    }
}

/// <summary>
/// One stop of a trip: a site of the network (a school, a commune) or a named place. Its level and area are the
/// site's, or for a named place the van's level and what the staff say about the area.
/// </summary>
internal sealed class MobileTripStop
{
    private MobileTripStop() { }

    public long Id { get; private set; }
    public Guid TripId { get; private set; }
    public int Number { get; private set; }
    public Guid? SiteId { get; private set; }
    public string Name { get; private set; } = "";
    public RotationPointKind? PointKind { get; private set; }
    public SiteLevel Level { get; private set; }
    public bool IsRural { get; private set; }
    public int ReadersServed { get; private set; }
    public int ItemsUsed { get; private set; }

    public static MobileTripStop At(int number, SiteInfo? site, string? placeName, SiteInfo van, bool isRural, int readers, int items)
    {
        if (readers < 0 || items < 0) throw Rotation.RotationRefusals.NegativeCount();
        return new MobileTripStop
        {
            Number = number, SiteId = site?.Id, Name = site?.Name ?? placeName!.Trim(), PointKind = site?.PointKind,
            Level = site?.Level ?? van.Level, IsRural = site?.IsRural ?? isRural, ReadersServed = readers, ItemsUsed = items,
        };
    }
}
