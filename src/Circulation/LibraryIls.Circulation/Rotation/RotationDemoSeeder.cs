using System.Security.Claims;
using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.MobileVan;
using LibraryIls.Circulation.Rotation.Batches;
using LibraryIls.Circulation.Rotation.Usage;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Rotation;

/// <summary>
/// A year of rotation and van work for the demo network, through the same handlers the desks use, each step at its
/// own past time: batches from the provincial library to the LC-* points and two reading rooms (some moved on, some
/// back with a copy damaged or missing), monthly usage reports, and the van's fortnightly trips.
/// </summary>
internal sealed class RotationDemoSeeder(CirculationDbContext db, ISiteDirectory sites, BatchSteps steps, BatchCopies copies,
    UsageRecording usage, MobileTrips trips, TimeProvider clock) : IDemoDataSeeder
{
    private static readonly ClaimsPrincipal Seeder = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Admin)], "seed-demo"));
    private static readonly string[] Points = ["LC-THCS-LP", "LC-TG-PH", "LC-BP-TH", "LC-BDVH-LH", "X-MP", "X-TM"];

    public int Order => 40;

    public async Task SeedAsync(TextWriter report, CancellationToken ct)
    {
        if (await db.RotationBatches.AnyAsync(ct) || await sites.FindByCodeAsync("TVT-TSC", ct) is null)
        {
            report.WriteLine("Luân chuyển / rotation: already there (or no demo network).");
            return;
        }
        var today = DueDates.LocalDay(clock.GetUtcNow());
        var batches = 0;
        for (var i = 0; i < Points.Length; i++)
            if (await BatchAsync(i, today.AddDays(-330 + i * 35), today, ct)) batches++;
        var made = await VanYearAsync(today, ct);
        report.WriteLine($"Luân chuyển / rotation: {batches} batches with monthly usage reports; xe lưu động / van: {made} trips.");
    }

    private async Task<bool> BatchAsync(int i, DateOnly start, DateOnly today, CancellationToken ct)
    {
        var batch = await steps.CreateAsync(new CreateBatchRequest("TVT-TSC", Points[i], start, start.AddDays(120), "Đợt luân chuyển mẫu"),
            Seeder, ct, At(start.AddDays(-3)));
        if ((await copies.PickAsync(batch.Id, new PickCopiesRequest(25), Seeder, ct)).Added.Count < 3) return false;
        var dispatched = await steps.DispatchAsync(batch.Id, Seeder, ct, At(start));
        await steps.ReceiveAsync(batch.Id, new ReceiveBatchRequest(), Seeder, ct, At(start.AddDays(2)));
        await steps.StartUseAsync(batch.Id, Seeder, ct, At(start.AddDays(3)));
        var end = start.AddDays(120);
        await MonthlyUsageAsync(batch.Id, start.AddDays(3), Earlier(end, today), i, ct);
        if (end >= today) return true;
        DateOnly closeOn;
        if (i % 2 == 0)
        {
            // Moved on to the next point without coming home, then back with one copy missing.
            var moved = await steps.MoveOnAsync(batch.Id, new MoveOnRequest(Points[(i + 1) % Points.Length], end.AddDays(90)), Seeder, ct, At(end));
            await steps.ReceiveAsync(batch.Id, new ReceiveBatchRequest(), Seeder, ct, At(end.AddDays(1)));
            var secondEnd = end.AddDays(90);
            await MonthlyUsageAsync(batch.Id, end.AddDays(1), Earlier(secondEnd, today), i + 7, ct);
            if (secondEnd >= today) return true;
            var numbers = moved.Copies.Where(c => c.Stage == 2).Select(c => c.RegistrationNumber).ToArray();
            await steps.ReturnAsync(batch.Id, new ReturnBatchRequest(numbers[1..], Missing: numbers[..1]), Seeder, ct, At(secondEnd));
            closeOn = secondEnd.AddDays(7);
        }
        else
        {
            var numbers = dispatched.Copies.Select(c => c.RegistrationNumber).ToArray();
            await steps.ReturnAsync(batch.Id, new ReturnBatchRequest(numbers[2..], Damaged: numbers[..1], Missing: numbers[1..2]), Seeder, ct, At(end));
            closeOn = end.AddDays(7);
        }
        if (closeOn < today) await steps.CloseAsync(batch.Id, Seeder, ct, At(closeOn));
        return true;
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private async Task MonthlyUsageAsync(Guid batchId, DateOnly from, DateOnly until, int seed, CancellationToken ct)
    {
        var random = new Random(seed * 7919 + 2026);
        var batch = await db.RotationBatches.Include(b => b.Stages).Include(b => b.Copies).AsSplitQuery().SingleAsync(b => b.Id == batchId, ct);
        for (var periodFrom = from; periodFrom.AddDays(29) <= until; periodFrom = periodFrom.AddDays(30))
        {
            var periodTo = periodFrom.AddDays(29);
            var reportedAt = At(periodTo.AddDays(2));
            await usage.RecordAsync(batch, new UsageReportRequest(periodFrom, periodTo, 40 + random.Next(120), 100 + random.Next(300)), Seeder, ct,
                reportedAt < clock.GetUtcNow() ? reportedAt : clock.GetUtcNow());
        }
    }

    private async Task<int> VanYearAsync(DateOnly today, CancellationToken ct)
    {
        if (await sites.FindByCodeAsync("TVT-XE", ct) is null) return 0;
        var random = new Random(2026);
        var made = 0;
        for (var day = today.AddDays(-360); day < today; day = day.AddDays(14))
        {
            TripStopRequest[] stops =
            [
                new("LC-THCS-LP", null, 30 + random.Next(60), 60 + random.Next(150)),
                new("X-LH", null, 20 + random.Next(40), 40 + random.Next(100)),
                new(null, "Ấp Phú Thạnh, xã Phú Quới", 10 + random.Next(30), 20 + random.Next(60), IsRural: true),
            ];
            await trips.RecordAsync(new MobileTripRequest("TVT-XE", day, 800 + random.Next(400), ["Nguyễn Văn Tài (lái xe)", "Lê Thị Hồng"],
                stops.Take(2 + random.Next(2)).ToArray()), Seeder, ct, At(day.AddDays(1)));
            made++;
        }
        return made;
    }

    private static DateTimeOffset At(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7)).ToUniversalTime();
}
