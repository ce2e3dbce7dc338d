using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Data;
using LibraryIls.Organization.Contracts;
using Microsoft.Extensions.Options;

namespace LibraryIls.Catalog.Imports;

/// <summary>Opens a batch for a file: checks the settings and the site, keeps the file, and leaves the work to the job.</summary>
internal sealed class ImportRequests(CatalogDbContext db, ImportFiles files, IOptions<ImportOptions> options, ISiteDirectory sites,
    IStaffSiteScope scope, TimeProvider clock)
{
    public async Task<ImportBatch> OpenAsync(ImportSettings requested, string fileName, Func<Guid, Task<long>> saveFile, ClaimsPrincipal? user,
        string userName, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(requested.Source) || requested.Source.Trim().Length > 32)
            throw new RuleViolationException("IMPORT_SOURCE_REQUIRED", new Bilingual(
                "Cần cho biết nguồn của tệp (ví dụ EMICLIB, VEBRARY, ILIB), tối đa 32 ký tự.",
                "Say where the file comes from (e.g. EMICLIB, VEBRARY, ILIB), at most 32 characters."));
        var settings = options.Value.Complete(requested);
        var site = await sites.FindByCodeAsync(settings.SiteCode, ct)
            ?? throw new RuleViolationException("SITE_NOT_FOUND", new Bilingual($"Không có cơ sở mã '{settings.SiteCode}'.",
                $"No site with code '{settings.SiteCode}'."));
        if (user is not null) await scope.EnsureCanActAtAsync(user, site.Id, ct);
        var id = Guid.CreateVersion7();
        var bytes = await saveFile(id);
        var batch = ImportBatch.Start(id, settings, Path.GetFileName(fileName), bytes, userName, clock.GetUtcNow());
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        return batch;
    }

    public async Task<ImportBatch> CommitAsync(Guid id, CancellationToken ct)
    {
        var batch = await FindAsync(id, ct);
        batch.BeginCommit(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return batch;
    }

    public async Task<ImportBatch> UndoAsync(Guid id, BatchUndo undo, CancellationToken ct)
    {
        var batch = await FindAsync(id, ct);
        if (batch.Status == ImportBatchStatus.Committed) await undo.EnsureCanUndoAsync(id, ct);
        batch.BeginUndo(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return batch;
    }

    public async Task<ImportBatch> FindAsync(Guid id, CancellationToken ct) =>
        await db.ImportBatches.FindAsync([id], ct) ?? throw NotFoundException.Of("lô nhập", "Import batch", id);

    public string FilePath(Guid id) => files.PathOf(id);
}
