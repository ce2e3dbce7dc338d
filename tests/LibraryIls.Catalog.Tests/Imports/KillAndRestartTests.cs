using System.Diagnostics;
using System.Text.RegularExpressions;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Imports;
using LibraryIls.Catalog.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>
/// The command line is killed (SIGKILL, no chance to tidy up) in the middle of staging a batch (<c>--stage-only</c>), of
/// committing one staged before, or of staging and committing one at once (the default), then started again with
/// <c>import resume</c>: the batch finishes with every record exactly once, each with its one history entry and all its
/// copies. No duplicate, no half record.
/// </summary>
public sealed partial class KillAndRestartTests(ApiFixture apis) : IClassFixture<ApiFixture>, IDisposable
{
    private const int Records = 4000;

    /// <summary>The case's file and the batch's kept upload (5 MB), removed when the case ends, passed or failed.</summary>
    private readonly string _folder = Directory.CreateTempSubdirectory("libraryils-kill-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var provider in TestDatabases.Engines)
        {
            cases.Add(provider, "Staging");
            cases.Add(provider, "Committing");
            cases.Add(provider, "StagingAndCommitting");
        }
        return cases;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task Given_an_import_killed_mid_batch_When_the_command_line_resumes_Then_every_record_is_there_exactly_once(string provider, string phase)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var prefix = Unique.Code("K");
        var (file, records) = GeneratedFiles.Iso2709(Records, seed: (ulong)(phase.Length * 7919), prefix);
        var path = Path.Combine(_folder, "legacy.mrc");
        await File.WriteAllBytesAsync(path, file);
        string connection;
        await using (var scope = api.Services.CreateAsyncScope())
            connection = scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Database.GetConnectionString()!;
        string[] settings = [$"--Database:Provider={provider}", $"--Database:ConnectionString={connection}", $"--Database:DataFolder={_folder}",
            "--Catalog:Imports:ChunkSize=100", "--Logging:LogLevel:Default=Warning"];

        string[] import = ["import", "marc", path, "--source", "KILLTEST", "--site", site, "--match", "isbn", .. settings];
        var killedAt = phase switch
        {
            "Staging" => await RunUntilAsync([.. import, "--stage-only"], Past("Staging", "read")),
            "Committing" => await RunUntilAsync([.. import, "--stage-only"], _ => false) is null
                ? await RunUntilAsync(["import", "commit", (await BatchAsync(api, site)).Id.ToString(), .. settings], Past("Committing", "committed"))
                : throw new InvalidOperationException("staging alone should have run to its end"),
            _ => await RunUntilAsync(import, Past("Staging", "committed")),
        };

        killedAt.ShouldNotBeNull("the batch should still have been running when it was killed");
        var killed = await BatchAsync(api, site);
        killed.Status.ToString().ShouldBe(phase == "Committing" ? "Committing" : "Staging", "killed in the middle of the phase");
        var batchId = killed.Id;

        (await RunUntilAsync(["import", "resume", batchId.ToString(), .. settings], _ => false)).ShouldBeNull();
        if (phase == "Staging")
        {
            (await BatchAsync(api, site)).Status.ShouldBe(ImportBatchStatus.Staged);
            (await RunUntilAsync(["import", "commit", batchId.ToString(), .. settings], _ => false)).ShouldBeNull();
        }

        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            var batch = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == batchId);
            batch.Status.ShouldBe(ImportBatchStatus.Committed, batch.Error);
            (batch.RecordsRead, batch.Added, batch.Merged, batch.Rejected).ShouldBe((Records, Records, 0, 0));
            (await db.StagedRecords.CountAsync(s => s.BatchId == batchId)).ShouldBe(Records);
            var keys = db.Headings.Where(h => h.Kind == HeadingKind.MatchKey && h.Key.StartsWith("cn:" + prefix));
            (await keys.CountAsync()).ShouldBe(Records, "each legacy record once in the catalogue");
            var ids = keys.Select(h => h.RecordId);
            (await db.Records.CountAsync(r => ids.Contains(r.Id))).ShouldBe(Records);
            (await db.RecordVersions.CountAsync(v => ids.Contains(v.RecordId))).ShouldBe(Records, "one history entry per record");
            var copies = records.Sum(r => r.DataFields("952").Count());
            (await db.Copies.CountAsync(c => ids.Contains(c.RecordId))).ShouldBe(copies);
            (await db.ImportedCopies.CountAsync(c => c.BatchId == batchId)).ShouldBe(copies);
            batch.CopiesAdded.ShouldBe(copies);
        }
    }

    /// <summary>A progress line of the batch in <paramref name="status"/> with at least 500 records read or committed.</summary>
    private static Func<string, bool> Past(string status, string counter) => line =>
        Progress().Match(line) is { Success: true } m && m.Groups["status"].Value == status
        && int.Parse(m.Groups[counter].Value, System.Globalization.CultureInfo.InvariantCulture) >= 500;

    private static async Task<ImportBatch> BatchAsync(LibraryIlsApi api, string site)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().ImportBatches.AsNoTracking()
            .SingleAsync(b => b.Source == "KILLTEST" && b.DefaultSiteCode == site);
    }

    /// <summary>Runs the command line; kills it (the whole process tree) at the first output line that satisfies <paramref name="killWhen"/>.</summary>
    private static async Task<string?> RunUntilAsync(string[] args, Func<string, bool> killWhen)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LibraryIls.Host.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string? killedAt = null;
        var output = new List<string>();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            output.Add(line);
            if (killWhen(line))
            {
                process.Kill(entireProcessTree: true);
                killedAt = line;
                break;
            }
        }
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        if (killedAt is null) process.ExitCode.ShouldBe(0, string.Join('\n', output.TakeLast(5)) + await errors);
        return killedAt;
    }

    [GeneratedRegex(@" (?<status>[A-Za-z]+): read (?<read>\d+) staged \d+ committed (?<committed>\d+)")]
    private static partial Regex Progress();
}
