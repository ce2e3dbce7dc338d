using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Reporting.Annual;
using LibraryIls.Reporting.Data;
using LibraryIls.Reporting.Exports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Reporting.Snapshots;

/// <summary>Publish a year's report now (a new version each time), e.g. after late corrections.</summary>
public sealed record TakeSnapshotRequest(int Year, string? SiteCode = null, string? Description = null);

internal static class SnapshotEndpoints
{
    public static void MapSnapshots(this RouteGroupBuilder reporting)
    {
        var snapshots = reporting.MapGroup("/snapshots").WithTags("Reporting: snapshots");

        snapshots.MapPost("/", async Task<Results<Created<SnapshotSummary>, ValidationProblem>> (TakeSnapshotRequest request, ClaimsPrincipal user,
                ReportScopes scopes, SnapshotTaker taker, CancellationToken ct) =>
            {
                if (request.Year is < 2000 or > 2100 || request.Description?.Length > 400)
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["Năm 2000–2100, mô tả tối đa 400 ký tự / year 2000–2100, description up to 400 characters."] });
                var scope = await scopes.ResolveAsync(user, request.SiteCode, ct);
                if (scope.SiteCode is null && scope.Sites is not null) throw ForbiddenException.OutsideSites();
                var summary = await taker.TakeAsync(request.Year, scope, "manual", user.Identity?.Name ?? "?", request.Description, ct);
                return TypedResults.Created($"/api/reporting/snapshots/{summary.Id}", summary);
            })
            .ForManagers().WithName("TakeSnapshot").WithSummary("Compute and store the year's report as a new version")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        snapshots.MapGet("/", async Task<Ok<List<SnapshotSummary>>> (int? year, ClaimsPrincipal user, ReportScopes scopes,
                ReportingDbContext db, CancellationToken ct) =>
            {
                var rows = await db.Snapshots.AsNoTracking().Where(s => year == null || s.Year == year)
                    .OrderByDescending(s => s.Year).ThenBy(s => s.ScopeSiteCode).ThenByDescending(s => s.Version).ToListAsync(ct);
                var visible = new List<SnapshotSummary>();
                foreach (var row in rows)
                    if (await MayReadAsync(row, user, scopes, ct)) visible.Add(SnapshotTaker.Summary(row));
                return TypedResults.Ok(visible);
            })
            .ForManagers().WithName("Snapshots");

        snapshots.MapGet("/{id:guid}", async Task<Results<Ok<SnapshotResponse>, FileContentHttpResult, ValidationProblem>> (Guid id, string? format,
                ClaimsPrincipal user, ReportScopes scopes, ReportingDbContext db, AnnualReportBuilder builder, CancellationToken ct) =>
            {
                format = format?.Trim().ToLowerInvariant();
                if (!ReportFormats.IsKnown(format))
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["json, xlsx, docx, csv"] });
                var snapshot = await db.Snapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
                    ?? throw NotFoundException.Of("bản lưu báo cáo", "Snapshot", id);
                if (!await MayReadAsync(snapshot, user, scopes, ct)) throw ForbiddenException.OutsideSites();
                var report = SnapshotTaker.Report(snapshot);
                if (format is null or "json") return TypedResults.Ok(new SnapshotResponse(SnapshotTaker.Summary(snapshot), report));
                var (content, contentType, fileName) = ReportFormats.Render(report, format, builder.Letterhead);
                return TypedResults.File(content, contentType, fileName.Replace(".", $"-v{snapshot.Version}.", StringComparison.Ordinal));
            })
            .ForManagers().WithName("Snapshot").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>A manager reads the snapshots of subtrees inside their sites; the network's only an Admin.</summary>
    private static async Task<bool> MayReadAsync(ReportSnapshot snapshot, ClaimsPrincipal user, ReportScopes scopes, CancellationToken ct)
    {
        try
        {
            var scope = await scopes.ResolveAsync(user, snapshot.ScopeSiteCode, ct);
            return snapshot.ScopeSiteCode is not null || scope.Sites is null;
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException)
        {
            return false;
        }
    }
}
