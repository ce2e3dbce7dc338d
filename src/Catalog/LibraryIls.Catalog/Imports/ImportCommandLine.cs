using System.Globalization;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Exports;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// <c>import …</c> and <c>export …</c> on the command line: the same batches and jobs as the API, run in the
/// foreground with progress printed after every chunk. Exit codes: 0 done, 1 the batch failed or was refused, 2 usage.
/// </summary>
internal static class ImportCommandLine
{
    public const string Usage = """
        import marc FILE --source NAME --site CODE [--match default|isbn|strict|RULE] [--on-match merge|replace|ignore]
                   [--on-no-match add|ignore] [--copy-mapping koha952|holdings852|EMICLIB|VEBRARY|ILIB|NAME]
                   [--prefix PREFIX] [--encoding auto|tcvn3|vni|none] [--location Lending|ReadingRoom|…] [--stage-only] [--reject-invalid] [--user NAME]
        import resume [BATCH]        carry on batches a stopped process left half done (all of them without BATCH)
        import commit BATCH | import undo BATCH | import status [BATCH]
        import rejects BATCH OUT     the rejected records, byte for byte, to correct and import again
        import numbers BATCH OUT     registration numbers old → new (CSV)
        export marc OUT [--format iso2709|marcxml|json] [--copy-tag 952] [--q TITLE] [--author A] [--subject S] [--isbn I] [--ddc 895]
        """;

    public static async Task<int> ImportAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct)
    {
        var progress = services.GetRequiredService<ImportProgress>();
        var clock = services.GetRequiredService<TimeProvider>();
        progress.Changed += batch => output.WriteLine(Line(batch, clock.GetUtcNow()));
        try
        {
            switch (args)
            {
                case ["marc", var file, ..]:
                    return await StageAsync(services, file, args, output, ct);
                case ["resume", .. var rest]:
                    var db = services.GetRequiredService<CatalogDbContext>();
                    var ids = rest.Length > 0 ? [Guid.Parse(rest[0])] : await db.ImportBatches.AsNoTracking()
                        .Where(b => b.Status == ImportBatchStatus.Staging || b.Status == ImportBatchStatus.Committing || b.Status == ImportBatchStatus.Undoing)
                        .OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(ct);
                    var failed = 0;
                    foreach (var id in ids) failed += await RunAsync(services, id, output, ct);
                    return failed > 0 ? 1 : 0;
                case ["commit", var id, ..]:
                    await services.GetRequiredService<ImportRequests>().CommitAsync(Guid.Parse(id), ct);
                    return await RunAsync(services, Guid.Parse(id), output, ct);
                case ["undo", var id, ..]:
                    await services.GetRequiredService<ImportRequests>().UndoAsync(Guid.Parse(id), services.GetRequiredService<BatchUndo>(), ct);
                    return await RunAsync(services, Guid.Parse(id), output, ct);
                case ["status", .. var rest]:
                    var all = services.GetRequiredService<CatalogDbContext>().ImportBatches.AsNoTracking();
                    foreach (var batch in await (rest.Length > 0 ? all.Where(b => b.Id == Guid.Parse(rest[0])) : all).OrderBy(b => b.Id).ToListAsync(ct))
                        output.WriteLine(Line(batch, clock.GetUtcNow()));
                    return 0;
                case ["rejects", var id, var path, ..]:
                    await using (var file = File.Create(path))
                        await Rejects.WriteAsync(services.GetRequiredService<CatalogDbContext>(), Guid.Parse(id), file, ct);
                    return 0;
                case ["numbers", var id, var path, ..]:
                    await File.WriteAllTextAsync(path, await NumberMapping.CsvAsync(services.GetRequiredService<CatalogDbContext>(), Guid.Parse(id),
                        renumberedOnly: false, toRelabelOnly: false, ct), ct);
                    return 0;
                default:
                    output.WriteLine(Usage);
                    return 2;
            }
        }
        catch (BuildingBlocks.Errors.RuleViolationException e)
        {
            output.WriteLine($"{e.Code}: {e.Text.Vi} / {e.Text.En}");
            return 1;
        }
        catch (FormatException e)
        {
            output.WriteLine(e.Message);
            return 2;
        }
    }

    public static async Task<int> ExportAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct)
    {
        if (args is not ["marc", var path, ..])
        {
            output.WriteLine(Usage);
            return 2;
        }
        var request = ExportEndpoints.Request(Option(args, "--format") ?? "iso2709", Option(args, "--copy-tag") ?? "952", new RecordQuery(
            Option(args, "--q"), Option(args, "--author"), Option(args, "--subject"), Option(args, "--isbn"), Option(args, "--ddc"), null));
        await using var file = path == "-" ? Console.OpenStandardOutput() : File.Create(path);
        var count = await services.GetRequiredService<CatalogExport>().WriteAsync(request, file, ct);
        if (path != "-") output.WriteLine($"Đã xuất / exported {count} records to {path}");
        return 0;
    }

    private static async Task<int> StageAsync(IServiceProvider services, string file, string[] args, TextWriter output, CancellationToken ct)
    {
        var settings = new ImportSettings
        {
            Source = Option(args, "--source") ?? "",
            SiteCode = Option(args, "--site") ?? "",
            MatchRule = Option(args, "--match") ?? "default",
            OnMatch = Choice(args, "--on-match", MatchAction.Merge),
            OnNoMatch = Choice(args, "--on-no-match", NoMatchAction.Add),
            CopyMapping = Option(args, "--copy-mapping") ?? "",
            RegistrationPrefix = Option(args, "--prefix") ?? "",
            LegacyEncoding = Choice(args, "--encoding", LegacyEncodingMode.Auto),
            Location = Choice(args, "--location", Contracts.CopyLocation.Lending),
            Commit = !args.Contains("--stage-only"),
            RejectInvalid = args.Contains("--reject-invalid"),
        };
        var files = services.GetRequiredService<ImportFiles>();
        var batch = await services.GetRequiredService<ImportRequests>().OpenAsync(settings, file, id =>
        {
            files.Copy(id, file);
            return Task.FromResult(new FileInfo(file).Length);
        }, null, Option(args, "--user") ?? "cli", ct);
        output.WriteLine($"batch {batch.Id}");
        return await RunAsync(services, batch.Id, output, ct);
    }

    private static async Task<int> RunAsync(IServiceProvider services, Guid id, TextWriter output, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ImportJob>().RunAsync(id, ct);
        var batch = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id, ct);
        output.WriteLine(Line(batch, services.GetRequiredService<TimeProvider>().GetUtcNow()));
        return batch.Status == ImportBatchStatus.Failed ? 1 : 0;
    }

    private static string Line(ImportBatch b, DateTimeOffset now)
    {
        var p = ImportProgressResponse.Of(b, now);
        var inv = CultureInfo.InvariantCulture;
        var left = p.SecondsLeft?.ToString("F0", inv) ?? "?";
        return $"{b.Id} {b.Status}: read {b.RecordsRead} staged {b.RecordsStaged} committed {b.Committed} (added {b.Added} replaced {b.Replaced}) "
            + $"merged {b.Merged} rejected {b.Rejected} converted {b.Converted} copies {b.CopiesAdded} renumbered {b.CopiesRenumbered}"
            + (b.Status is ImportBatchStatus.Staging or ImportBatchStatus.Committing or ImportBatchStatus.Undoing ? $" | {p.Phase} {p.RecordsPerSecond.ToString("F0", inv)} rec/s, {left} s left" : "")
            + (b.Error is null ? "" : $" | error: {b.Error}");
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static T Choice<T>(string[] args, string name, T fallback) where T : struct, Enum =>
        Option(args, name) is { } value
            ? Enum.TryParse<T>(value, ignoreCase: true, out var parsed) ? parsed : throw new FormatException($"{name}: one of {string.Join(", ", Enum.GetNames<T>())}")
            : fallback;
}
