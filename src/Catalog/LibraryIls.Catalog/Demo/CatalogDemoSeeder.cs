using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.Catalog.Classification;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Marc.Generation;
using LibraryIls.Catalog.Records;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Demo;

/// <summary>
/// A few thousand realistic Vietnamese records (the codec's generator, always the same ones) with copies
/// at the demo network's libraries. Runs after the sites exist; does nothing when the demo catalogue is there.
/// </summary>
internal sealed class CatalogDemoSeeder(CatalogDbContext db, ISiteDirectory sites, CallNumbers callNumbers, TimeProvider clock)
    : IDemoDataSeeder
{
    public const string User = "seed-demo";
    private const int RecordCount = 3000;
    private static readonly string[] SiteCodes = ["TVT-TSC", "TVT-CS1", "TVT-CS2", "H-LH", "H-MT", "H-TO", "X-PH", "X-CA", "X-HT"];

    public int Order => 10;

    public async Task SeedAsync(TextWriter report, CancellationToken ct)
    {
        if (await db.Records.AnyAsync(r => r.CreatedBy == User, ct))
        {
            report.WriteLine("Biểu ghi / records: demo catalogue already there.");
            return;
        }
        var demoSites = new List<SiteInfo>();
        foreach (var code in SiteCodes)
            if (await sites.FindByCodeAsync(code, ct) is { } site) demoSites.Add(site);
        if (demoSites.Count == 0)
        {
            report.WriteLine("Biểu ghi / records: no demo sites, nothing added.");
            return;
        }
        var generator = new VietnameseRecordGenerator(seed: 2026);
        var now = clock.GetUtcNow();
        var copies = 0;
        var number = 1;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < RecordCount; i++)
        {
            var marc = generator.Next();
            var holdings = marc.DataFields("952").ToList();
            // Copies live in cat_copies; Koha's 952 would only duplicate them in the MARC.
            marc.Fields.RemoveAll(f => f.Tag == "952");
            if (i % 20 == 0) marc.AddDataField(new DataField("690", ' ', ' ', new Subfield('a', "Địa chí Vĩnh Long")));
            var record = BibliographicRecord.Create(marc, User, now);
            db.Records.Add(record);
            db.RecordVersions.Add(RecordVersion.Of(record, RecordChangeKind.Created, null, User, now));
            var callNumber = callNumbers.For(record).ToString();
            foreach (var (holding, c) in holdings.Select((h, c) => (h, c)))
            {
                var site = demoSites[(i + c) % demoSites.Count];
                var location = Location(holding['c'], record.IsLocalStudies);
                db.Copies.Add(Copy.Create(record.Id, $"{Prefix(location)}.{number++:D6}", site, new CopyDetails(
                    location, "SACH", callNumber, 20_000 + (i % 28) * 5_000,
                    DateOnly.FromDateTime(now.UtcDateTime).AddDays(-(i % 1500)), (AcquisitionSource)(1 + (i % 3))), now));
                copies++;
            }
            if (i % 500 == 499)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        report.WriteLine($"Biểu ghi / records: {RecordCount} added with {copies} copies at {demoSites.Count} sites.");
    }

    private static CopyLocation Location(string? generated, bool localStudies) =>
        localStudies ? CopyLocation.LocalStudies : generated switch
        {
            "Phòng đọc" => CopyLocation.ReadingRoom,
            "Kho thiếu nhi" => CopyLocation.Children,
            "Xe lưu động" => CopyLocation.Rotation,
            _ => CopyLocation.Lending,
        };

    private static string Prefix(CopyLocation location) => location switch
    {
        CopyLocation.ReadingRoom => "VV",
        CopyLocation.Children => "TN",
        CopyLocation.LocalStudies => "DC",
        CopyLocation.Rotation => "LC",
        _ => "VM",
    };
}
