using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Organization.Contracts;
using LibraryIls.Patrons.Contracts;

namespace LibraryIls.Testing.ReportingData;

/// <summary>
/// A year (or several) of library work on a network, as the rows of the published views: deterministic for a
/// seed, lazy so that ten million events never sit in memory, and with instants on both sides of the Vietnam
/// year boundary (midnight UTC+7) so that a report counting UTC years would be caught.
/// </summary>
public sealed class YearGenerator(int seed, IReadOnlyList<GeneratedSite> sites)
{
    public static readonly string[] Categories = ["THIEU_NHI", "HOC_SINH", "SINH_VIEN", "NGUOI_LON", "NGUOI_CAO_TUOI", "KHUYET_TAT", "KHIEM_THI"];
    public static readonly string[] ItemTypes = ["SACH", "BAO", "EBOOK"];
    public static readonly string?[] DdcClasses = ["000", "100", "200", "300", "400", "500", "600", "700", "800", "900", null];

    private static readonly CirculationEventKind[] DeskKinds =
    [
        CirculationEventKind.CheckOut, CirculationEventKind.CheckOut, CirculationEventKind.CheckOut, CirculationEventKind.Return,
        CirculationEventKind.Return, CirculationEventKind.Renewal, CirculationEventKind.AutomaticRenewal, CirculationEventKind.InHouseUse,
        CirculationEventKind.InHouseUse, CirculationEventKind.HoldPlaced, CirculationEventKind.HoldFilled, CirculationEventKind.TransferSent,
        CirculationEventKind.TransferReceived,
    ];

    private readonly GeneratedSite[] _libraries = sites.Where(s => s.IsLibrary).ToArray();
    private readonly GeneratedSite[] _points = sites.Where(s => s.Kind == "RotationPoint").ToArray();
    private readonly GeneratedSite[] _vans = sites.Where(s => s.Kind == "MobileVan").ToArray();

    public static DateTime VietnamMidnightUtc(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-7);

    /// <summary>An instant in the Vietnam year; one in twenty-five lies within a few minutes of its start or end.</summary>
    private static DateTime Instant(Random random, int year)
    {
        var start = VietnamMidnightUtc(new DateOnly(year, 1, 1));
        var end = VietnamMidnightUtc(new DateOnly(year + 1, 1, 1));
        return random.Next(25) switch
        {
            0 => start.AddSeconds(random.Next(0, 600)),
            1 => end.AddSeconds(-1 - random.Next(0, 600)),
            _ => start.AddSeconds(random.NextDouble() * (end - start).TotalSeconds),
        };
    }

    private static DateOnly Day(Random random, int year) =>
        new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public IEnumerable<CirculationEventRowV1> CirculationEvents(int year, long count)
    {
        var random = new Random(seed ^ year);
        for (long i = 0; i < count; i++)
        {
            var roll = random.Next(20);
            if (roll == 0 && _points.Length > 0)
            {
                var point = Pick(random, _points);
                yield return new(0, nameof(CirculationEventKind.RotationUse), Instant(random, year), point.Id, point.Level, null, null, null, null, random.Next(1, 40));
            }
            else if (roll == 1 && _vans.Length > 0)
            {
                var van = Pick(random, _vans);
                yield return new(0, nameof(CirculationEventKind.MobileUse), Instant(random, year), van.Id, van.Level, null, null, null, null, random.Next(1, 40));
            }
            else
            {
                var site = Pick(random, _libraries);
                yield return new(0, Pick(random, DeskKinds).ToString(), Instant(random, year), site.Id, site.Level, Guid.CreateVersion7(),
                    Pick(random, ItemTypes), Pick(random, DdcClasses), random.Next(30) == 0 ? null : Pick(random, Categories), 1);
            }
        }
    }

    public IEnumerable<VisitRowV1> Visits(int year, long count)
    {
        var random = new Random(seed ^ year ^ 0x5a5a);
        for (long i = 0; i < count; i++)
        {
            var site = Pick(random, _libraries);
            yield return new(Day(random, year), site.Id, site.Code, site.Level, site.IsRural,
                random.Next(4) == 0 ? null : Pick(random, Categories), random.Next(1, 30));
        }
    }

    /// <summary>Cards issued, renewed, replaced and expired from <paramref name="fromYear"/> to <paramref name="toYear"/>.</summary>
    public List<CardEventRowV1> CardEvents(int fromYear, int toYear, int perYear)
    {
        var random = new Random(seed ^ 0x2c2c);
        var result = new List<CardEventRowV1>();
        for (var year = fromYear; year <= toYear; year++)
            for (var i = 0; i < perYear; i++)
            {
                var site = Pick(random, _libraries);
                var day = Day(random, year);
                var kind = random.Next(10) switch { < 5 => "Issued", < 7 => "Renewed", 7 => "Replaced", _ => "Expired" };
                result.Add(new(Guid.CreateVersion7(), kind, day, VietnamMidnightUtc(day).AddHours(random.Next(1, 20)), site.Id, site.Code, site.Level,
                    site.IsRural, Pick(random, Categories)));
            }
        return result;
    }

    /// <summary>Records created from <paramref name="fromYear"/> on, and copies of them acquired in those years.</summary>
    public (List<CatalogRecordRowV1> Records, List<CatalogCopyRowV1> Copies) Catalogue(int fromYear, int toYear, int recordsPerYear, int copiesPerYear)
    {
        var random = new Random(seed ^ 0x7e7e);
        var records = new List<CatalogRecordRowV1>();
        var copies = new List<CatalogCopyRowV1>();
        for (var year = fromYear; year <= toYear; year++)
            for (var i = 0; i < recordsPerYear; i++)
            {
                var ddc = Pick(random, DdcClasses);
                var created = new DateTimeOffset(Instant(random, year));
                records.Add(new(Guid.CreateVersion7(), $"Sách thử nghiệm {year}-{i}", "NXB Trẻ", year, "vie", ddc is null ? null : ddc + ".1",
                    ddc, random.Next(5) == 0, created, created));
            }
        var n = 0;
        for (var year = fromYear; year <= toYear; year++)
            for (var i = 0; i < copiesPerYear; i++)
            {
                var site = Pick(random, _libraries);
                var record = Pick(random, records);
                copies.Add(new(Guid.CreateVersion7(), $"G{seed & 0xffff:X4}.{++n:D6}", record.RecordId, site.Id, Enum.Parse<SiteLevel>(site.Level),
                    Pick(random, Enum.GetValues<CopyLocation>()), Pick(random, ItemTypes), record.DdcMainClass, Day(random, year),
                    Pick(random, Enum.GetValues<AcquisitionSource>()), random.Next(6) == 0 ? null : 10_000m + random.Next(0, 40) * 2_500m,
                    random.Next(8) switch { 0 => CopyStatus.Lost, 1 => CopyStatus.Withdrawn, 2 => CopyStatus.OnLoan, 3 => CopyStatus.Damaged, _ => CopyStatus.Available }));
            }
        return (records, copies);
    }

    public IEnumerable<OpacAccessRowV1> OpacAccesses(int year, long count, long firstId)
    {
        var random = new Random(seed ^ year ^ 0x0bac);
        for (long i = 0; i < count; i++)
            yield return new(firstId + i, random.Next(3) == 0 ? "RecordView" : "Search", Instant(random, year),
                random.Next(5) == 0 ? null : Pick(random, sites).Id);
    }

    /// <summary>Batches sent to rotation points (some moved on to a second point) and the points' usage reports.</summary>
    public (List<RotationBatchRowV1> Stages, List<RotationUsageRowV1> Usage) Rotation(int year, int batches)
    {
        var random = new Random(seed ^ year ^ 0x1071);
        var stages = new List<RotationBatchRowV1>();
        var usage = new List<RotationUsageRowV1>();
        var sender = _libraries[0];
        for (var b = 0; b < batches; b++)
        {
            var batch = Guid.CreateVersion7();
            var stageCount = random.Next(3) == 0 ? 2 : 1;
            for (var stage = 1; stage <= stageCount; stage++)
            {
                var point = Pick(random, _points);
                var dispatched = Instant(random, year);
                var sent = random.Next(50, 300);
                stages.Add(new(batch, $"LC-{year}-{b}", stage, sender.Id, point.Id, point.Kind, point.PointKind, point.Level, point.IsRural, false,
                    "Received", dispatched, dispatched.AddDays(2), null, null, sent, 0, 0, 0, stage < stageCount ? sent : 0));
                var from = DateOnly.FromDateTime(dispatched.AddHours(7));
                var to = from.AddDays(random.Next(20, 60));
                usage.Add(new(Guid.CreateVersion7(), batch, point.Id, point.Level, point.IsRural, from, to, random.Next(5, 200), random.Next(10, 600)));
            }
        }
        return (stages, usage);
    }

    public List<MobileVanStopRowV1> VanStops(int year, int trips)
    {
        var random = new Random(seed ^ year ^ 0x7a7);
        var stops = new List<MobileVanStopRowV1>();
        for (var t = 0; t < trips; t++)
        {
            var trip = Guid.CreateVersion7();
            var van = Pick(random, _vans);
            var date = Day(random, year);
            for (var s = 1; s <= random.Next(1, 4); s++)
            {
                var stop = random.Next(3) == 0 ? null : Pick(random, sites);
                stops.Add(new(trip, date, van.Id, s, stop?.Id, stop?.Code ?? "Điểm trường Ấp 3", stop?.PointKind, stop?.Level ?? "Commune",
                    stop?.IsRural ?? true, random.Next(10, 120), random.Next(20, 300)));
            }
        }
        return stops;
    }
}
