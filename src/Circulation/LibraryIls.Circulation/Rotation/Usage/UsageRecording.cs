using System.Security.Claims;
using FluentValidation;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Events;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Rotation.Usage;

public sealed record UsageReportRequest(DateOnly PeriodFrom, DateOnly PeriodTo, int ReadersServed, int ItemUses, string? SiteCode = null);

internal sealed class UsageReportRequestValidator : AbstractValidator<UsageReportRequest>
{
    public UsageReportRequestValidator()
    {
        RuleFor(r => r.ReadersServed).GreaterThanOrEqualTo(0);
        RuleFor(r => r.ItemUses).GreaterThanOrEqualTo(0);
        RuleFor(r => r.PeriodTo).GreaterThanOrEqualTo(r => r.PeriodFrom);
        RuleFor(r => r.SiteCode).MaximumLength(32);
    }
}

public sealed record UsageReportResponse(Guid Id, Guid BatchId, string BatchCode, int Stage, string SiteCode, DateOnly PeriodFrom,
    DateOnly PeriodTo, int ReadersServed, int ItemUses, DateTimeOffset ReportedAt, string ReportedBy);

/// <summary>
/// Records a point's counts for a period of one stage of a batch. The report and its RotationUse event are saved
/// together, so the item uses are counted once whatever fails. Periods of one point in one batch may not overlap.
/// </summary>
internal sealed class UsageRecording(CirculationDbContext db, RotationDesk desk, TimeProvider clock)
{
    public async Task<UsageReportResponse> RecordAsync(RotationBatch batch, UsageReportRequest request, ClaimsPrincipal staff,
        CancellationToken ct, DateTimeOffset? at = null)
    {
        var now = at ?? clock.GetUtcNow();
        var stage = await StageAsync(batch, request.SiteCode, ct);
        var site = await desk.SiteAsync(stage.DestinationSiteId, ct);
        if (request.ReadersServed < 0 || request.ItemUses < 0)
            throw RotationRefusals.NegativeCount();
        if (request.PeriodTo < request.PeriodFrom)
            throw RotationRefusals.Period("Ngày cuối kỳ trước ngày đầu kỳ.", "The period ends before it starts.");
        if (request.PeriodTo > DueDates.LocalDay(now))
            throw RotationRefusals.Period("Kỳ báo cáo chưa kết thúc.", "The period has not ended yet.");
        if (stage.DispatchedAt is not { } dispatched || request.PeriodFrom < DueDates.LocalDay(dispatched))
            throw RotationRefusals.Period("Kỳ báo cáo bắt đầu trước khi đợt được xuất đến điểm.", "The period starts before the batch was dispatched to the point.");
        if (stage.ReturnedAt is { } left && request.PeriodTo > DueDates.LocalDay(left))
            throw RotationRefusals.Period("Kỳ báo cáo kéo dài sau khi đợt đã rời điểm.", "The period runs past the day the batch left the point.");
        if (await db.RotationUsage.AnyAsync(u => u.BatchId == batch.Id && u.StageNumber == stage.Number
                && u.PeriodFrom <= request.PeriodTo && request.PeriodFrom <= u.PeriodTo, ct))
            throw RotationRefusals.PeriodAlreadyReported();

        var report = RotationUsageReport.For(stage, site, new UsageFigures(request.PeriodFrom, request.PeriodTo, request.ReadersServed, request.ItemUses),
            now, staff.Identity?.Name ?? "");
        db.RotationUsage.Add(report);
        // The uses count on the period's last day (at noon, Vietnam time, so the day is the same in UTC).
        if (report.ItemUses > 0)
            db.Events.Add(CirculationEvent.Of(CirculationEventKind.RotationUse, PeriodEnd(report.PeriodTo), site, null, null, null, null, report.ItemUses));
        desk.Audit(batch, "Báo cáo sử dụng / usage reported", staff, now,
            $"{site.Code} {report.PeriodFrom:dd/MM/yyyy}–{report.PeriodTo:dd/MM/yyyy}: {report.ReadersServed} lượt bạn đọc, {report.ItemUses} lượt sách");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            throw RotationRefusals.PeriodAlreadyReported();
        }
        return Describe(report, batch.Code, site.Code);
    }

    public static DateTimeOffset PeriodEnd(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), DueDates.Vietnam.GetUtcOffset(day.ToDateTime(new TimeOnly(12, 0)))).ToUniversalTime();

    public static UsageReportResponse Describe(RotationUsageReport r, string batchCode, string siteCode) =>
        new(r.Id, r.BatchId, batchCode, r.StageNumber, siteCode, r.PeriodFrom, r.PeriodTo, r.ReadersServed, r.ItemUses, r.ReportedAt, r.ReportedBy);

    private async Task<RotationStage> StageAsync(RotationBatch batch, string? siteCode, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(siteCode)) return batch.CurrentStage;
        var site = await desk.SiteAsync(siteCode, ct);
        return batch.Stages.Where(s => s.DestinationSiteId == site.Id).MaxBy(s => s.Number)
            ?? throw NotFoundException.Of($"điểm {site.Code} trong đợt", $"Point {site.Code} in batch", batch.Code);
    }
}
