using System.Text.Json;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Reporting.Annual;
using LibraryIls.Reporting.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Reporting.Snapshots;

public sealed record SnapshotSummary(Guid Id, int Year, string? ScopeSiteCode, int Version, DateTimeOffset CreatedAt, string Trigger,
    string CreatedBy, string? Description, IReadOnlyList<SourceWatermark> Sources);

public sealed record SnapshotResponse(SnapshotSummary Snapshot, AnnualReportResponse Report);

/// <summary>Computes a year's report and stores it as the next version; stored snapshots are never changed.</summary>
internal sealed class SnapshotTaker(ReportingDbContext db, AnnualReportBuilder builder, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SnapshotSummary> TakeAsync(int year, ReportScope scope, string trigger, string createdBy, string? description, CancellationToken ct)
    {
        var report = await builder.BuildAsync(ReportPeriod.Year(year), scope, ct);
        var sources = await SourceWatermarks.ReadAsync(await builder.OpenAsync(scope.Sites, ct), ct);
        for (var attempt = 1; ; attempt++)
        {
            var version = 1 + (await db.Snapshots.Where(s => s.Year == year && s.ScopeSiteCode == scope.SiteCode).MaxAsync(s => (int?)s.Version, ct) ?? 0);
            var snapshot = ReportSnapshot.Take(year, scope.SiteCode, version, trigger, createdBy, description,
                JsonSerializer.Serialize(sources, Json), JsonSerializer.Serialize(report, Json), clock.GetUtcNow());
            db.Snapshots.Add(snapshot);
            try
            {
                await db.SaveChangesAsync(ct);
                return Summary(snapshot);
            }
            catch (DbUpdateException e) when (attempt < 3 && DbErrors.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear(); // another run took this version first: take the next
            }
        }
    }

    public static SnapshotSummary Summary(ReportSnapshot s) => new(s.Id, s.Year, s.ScopeSiteCode, s.Version, s.CreatedAt, s.Trigger, s.CreatedBy,
        s.Description, JsonSerializer.Deserialize<List<SourceWatermark>>(s.SourceJson, Json) ?? []);

    public static AnnualReportResponse Report(ReportSnapshot s) => JsonSerializer.Deserialize<AnnualReportResponse>(s.ReportJson, Json)!;
}
