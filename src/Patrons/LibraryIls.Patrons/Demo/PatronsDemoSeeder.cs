using System.Security.Claims;
using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Organization.Contracts;
using LibraryIls.Patrons.Cards;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Readers;
using LibraryIls.Patrons.Statistics;
using LibraryIls.Patrons.Visits;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Demo;

/// <summary>
/// A few thousand readers with cards across the demo network's libraries (more at the provincial sites, fewer in
/// the communes), and a month of visits. Goes through the same handlers as the desk; runs once.
/// </summary>
internal sealed class PatronsDemoSeeder(PatronsDbContext db, ISiteDirectory sites, ReaderChanges readers, CardDesk cards,
    TimeProvider clock) : IDemoDataSeeder
{
    private const string Source = "DEMO";

    // Sites of Organization's demo network that have a desk, with how many readers each gets.
    private static readonly (string Code, int Readers)[] Desks =
    [
        ("TVT-TSC", 900), ("TVT-CS1", 500), ("TVT-CS2", 400), ("H-LH", 250), ("H-MT", 200), ("H-TO", 200),
        ("X-PH", 120), ("X-LH", 100), ("X-CA", 100), ("X-MP", 60), ("X-HT", 100), ("X-TM", 70),
    ];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Lý"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hoàng", "Quốc", "Thu", "Kim", "Gia", "Bảo", "Hữu"];
    private static readonly string[] GivenNames = ["An", "Bình", "Châu", "Dũng", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khang", "Lan", "Linh", "Long", "Mai", "Nam", "Ngọc", "Nhung", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Thủy", "Trang", "Trung", "Tuấn", "Vy", "Yến"];
    private static readonly (string Code, int MinAge, int MaxAge, int Weight)[] Categories =
    [
        ("THIEU_NHI", 6, 11, 20), ("HOC_SINH", 11, 18, 30), ("SINH_VIEN", 18, 24, 15), ("NGUOI_LON", 24, 60, 25),
        ("NGUOI_CAO_TUOI", 60, 85, 7), ("KHUYET_TAT", 15, 70, 2), ("KHIEM_THI", 15, 70, 1),
    ];

    public int Order => 20;

    public async Task SeedAsync(TextWriter report, CancellationToken ct)
    {
        if (await db.Readers.AnyAsync(r => r.Source == Source, ct))
        {
            report.WriteLine("Bạn đọc / readers: demo readers already there.");
            return;
        }
        var seeder = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "seed-demo"), new Claim(ClaimTypes.Role, Roles.Admin)], "seed-demo"));
        var random = new Random(2026);
        var today = VietnamDate.Today(clock);
        var added = 0;
        foreach (var (code, count) in Desks)
        {
            if (await sites.FindByCodeAsync(code, ct) is not { } site) continue;
            for (var i = 0; i < count; i++)
            {
                var (categoryCode, minAge, maxAge, _) = PickCategory(random);
                var category = await db.Categories.SingleAsync(c => c.Code == categoryCode, ct);
                var female = random.Next(2) == 0;
                var name = $"{Pick(random, FamilyNames)} {(female ? "Thị" : Pick(random, MiddleNames))} {Pick(random, GivenNames)}";
                var born = today.AddYears(-random.Next(minAge, maxAge + 1)).AddDays(-random.Next(365));
                var data = new ReaderData(name, born, female ? Gender.Female : Gender.Male, null,
                    $"09{random.Next(10_000_000, 99_999_999)}", null, $"Ấp {random.Next(1, 9)}", null, null, site.IsRural,
                    categoryCode is "HOC_SINH" or "THIEU_NHI" ? "Trường THCS Long Phước" : null, null);
                var (reader, _) = await readers.Add(data, category, site, Source, seeder, ct);
                if (reader is null) continue;
                await cards.IssueTo(reader, site, seeder, ct);
                if (++added % 250 != 0) continue;
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            for (var day = 1; day <= 30; day++)
                db.Visits.Add(Visit.Record(SiteStamp.Of(site), today.AddDays(-day), random.Next(5, count / 4 + 6), null,
                    VisitSource.SessionCount, "demo", clock.GetUtcNow()));
        }
        await db.SaveChangesAsync(ct);
        report.WriteLine($"Bạn đọc / readers: {added} added with a card each, and 30 days of visits per site.");
    }

    private static (string, int, int, int) PickCategory(Random random)
    {
        var roll = random.Next(Categories.Sum(c => c.Weight));
        foreach (var category in Categories)
        {
            if (roll < category.Weight) return category;
            roll -= category.Weight;
        }
        return Categories[^1];
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
