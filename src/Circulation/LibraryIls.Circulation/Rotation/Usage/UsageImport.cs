using System.Security.Claims;
using FluentValidation;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Circulation.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Rotation.Usage;

/// <summary>A usage file (CSV or xlsx, base64) with one line per batch, point and period.</summary>
public sealed record UsageImportRequest(string Format, string ContentBase64);

/// <summary>The good rows are saved; each failing row says why (the file's row number, 1 = the header).</summary>
public sealed record UsageImportResult(int Accepted, int ItemUses, int ReadersServed, IReadOnlyList<UsageRowFailure> Failed);

public sealed record UsageRowFailure(int Row, string Code, string Reason);

internal sealed class UsageImportRequestValidator : AbstractValidator<UsageImportRequest>
{
    public UsageImportRequestValidator()
    {
        RuleFor(r => r.Format).Must(f => f is "csv" or "xlsx").WithMessage("csv | xlsx");
        RuleFor(r => r.ContentBase64).NotEmpty().MaximumLength(14_000_000);
    }
}

internal sealed class UsageImport(CirculationDbContext db, RotationDesk desk, UsageRecording recording)
{
    public async Task<UsageImportResult> RunAsync(UsageImportRequest request, ClaimsPrincipal staff, CancellationToken ct)
    {
        IReadOnlyList<UsageLine> lines;
        try
        {
            lines = UsageFile.Read(Convert.FromBase64String(request.ContentBase64), request.Format).ToList();
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or System.IO.FileFormatException or CsvHelper.CsvHelperException
                                       or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw new RuleViolationException("USAGE_FILE_UNREADABLE", new Bilingual($"Không đọc được tệp {request.Format}.", $"The {request.Format} file cannot be read."));
        }
        var failed = new List<UsageRowFailure>();
        var (accepted, items, readers) = (0, 0, 0);
        foreach (var line in lines)
        {
            try
            {
                var figures = Figures(line);
                var code = line[UsageFile.Batch]!.ToUpperInvariant();
                var id = await db.RotationBatches.Where(b => b.Code == code).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct)
                    ?? throw NotFoundException.Of("đợt luân chuyển", "Rotation batch", code);
                var batch = await desk.LoadAsync(id, staff, orAtPoint: true, ct);
                await recording.RecordAsync(batch, figures, staff, ct);
                (accepted, items, readers) = (accepted + 1, items + figures.ItemUses, readers + figures.ReadersServed);
            }
            catch (Exception e) when (e is RuleViolationException or NotFoundException or ForbiddenException)
            {
                db.ChangeTracker.Clear();
                failed.Add(e switch
                {
                    RuleViolationException rule => new UsageRowFailure(line.Row, rule.Code, rule.Text.Current),
                    NotFoundException missing => new UsageRowFailure(line.Row, "NOT_FOUND", missing.Text.Current),
                    _ => new UsageRowFailure(line.Row, "OUTSIDE_YOUR_SITES", ((ForbiddenException)e).Text.Current),
                });
            }
        }
        return new UsageImportResult(accepted, items, readers, failed);
    }

    private static UsageReportRequest Figures(UsageLine line)
    {
        var problems = new List<(string Vi, string En)>();
        if (line[UsageFile.Batch] is null) problems.Add(("thiếu mã đợt", "no batch code"));
        var from = UsageFile.Date(line[UsageFile.From]);
        if (from is null) problems.Add(($"ngày đầu kỳ '{line[UsageFile.From]}' không hợp lệ", $"bad start date '{line[UsageFile.From]}'"));
        var to = UsageFile.Date(line[UsageFile.To]);
        if (to is null) problems.Add(($"ngày cuối kỳ '{line[UsageFile.To]}' không hợp lệ", $"bad end date '{line[UsageFile.To]}'"));
        var readers = UsageFile.Count(line[UsageFile.Readers]);
        if (readers is null or < 0) problems.Add(($"lượt bạn đọc '{line[UsageFile.Readers]}' không phải số không âm", $"readers served '{line[UsageFile.Readers]}' is not a number ≥ 0"));
        var items = UsageFile.Count(line[UsageFile.Items]);
        if (items is null or < 0) problems.Add(($"lượt sách '{line[UsageFile.Items]}' không phải số không âm", $"item uses '{line[UsageFile.Items]}' is not a number ≥ 0"));
        if (problems.Count > 0)
            throw new RuleViolationException("USAGE_ROW_INVALID", new Bilingual(string.Join("; ", problems.Select(p => p.Vi)), string.Join("; ", problems.Select(p => p.En))));
        return new UsageReportRequest(from!.Value, to!.Value, readers!.Value, items!.Value, line[UsageFile.Site]);
    }
}
