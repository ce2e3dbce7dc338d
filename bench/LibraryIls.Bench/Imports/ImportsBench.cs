using System.Diagnostics;
using System.Net.Http.Json;
using LibraryIls.Bench.Circulation;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Imports;
using LibraryIls.Catalog.Marc.Generation;
using LibraryIls.Host;
using LibraryIls.Organization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Bench.Imports;

/// <summary>
/// The staged MARC import end to end, in process as the command line runs it: generate N Vietnamese records
/// with 1-3 copies each (ISO 2709), stage and commit them into a fresh database, print records per second for
/// each phase and end to end, and the peak working set (sampled) to show memory stays flat.
/// Usage: bench imports sqlite|postgres [--records 100000] [--chunk N] [--chunks-per-transaction N] [--desk-writes] [--stage-first] [--repeat N] [--keep]   |   bench imports merge [sqlite|postgres] [--works 20000] [--chunk N] [--repeat N] [--keep]
/// (--chunk: records per chunk, Catalog:Imports:ChunkSize; --chunks-per-transaction: Catalog:Imports:ChunksPerTransaction (SQLite);
/// the configured defaults when left out. --desk-writes: a write every 50 ms meanwhile, and how long each waited. --stage-first: the batch is
/// staged whole, then committed, as a cataloguer who looks at the staged records first does; by default it is staged and committed at once)
/// </summary>
internal static class ImportsBench
{
    private static TimeSpan _stagedCpu;

    public static async Task<int> RunAsync(string[] args)
    {
        // --repeat N: the same run N times in this process, each into a fresh database. The wall clock here swings
        // between identical runs, and the first run of a process also compiles the code it runs (CPU on the second
        // core): the spread, and the cold run apart from the warm ones, say more than one figure.
        var repeat = Math.Max(1, Option(args, "--repeat", 1));
        var figures = new List<double>();
        var failed = 0;
        for (var run = 1; run <= repeat; run++)
        {
            if (repeat > 1) Console.WriteLine($"run {run} of {repeat}{(run == 1 ? " (cold process)" : "")}");
            var (exit, figure) = await RunOnceAsync(args);
            failed += exit;
            figures.Add(figure);
        }
        if (repeat > 1) Console.WriteLine(RepeatSummary(args.FirstOrDefault() == "merge" ? "s" : "records/s", figures));
        return failed;
    }

    /// <summary>The runs' figures: mean, lowest and highest of all, and of the warm runs (all but the first).</summary>
    private static string RepeatSummary(string unit, IReadOnlyList<double> figures)
    {
        static string Of(IEnumerable<double> values) =>
            values.ToList() is { Count: > 0 } v ? $"mean {v.Average():F0}, lowest {v.Min():F0}, highest {v.Max():F0}" : "none";
        return $"repeated {figures.Count} times ({unit}): all runs {Of(figures)}; warm runs (2nd on) {Of(figures.Skip(1))}; " +
            $"each {string.Join(" / ", figures.Select(f => f.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}";
    }

    /// <summary>One run: a fresh database and host; the exit code and the run's figure (records/s, or the merge's seconds).</summary>
    private static async Task<(int Exit, double Figure)> RunOnceAsync(string[] args)
    {
        var merge = args.FirstOrDefault() == "merge";
        var provider = args.Skip(merge ? 1 : 0).FirstOrDefault(a => !a.StartsWith("--"))?.ToLowerInvariant() ?? "sqlite";
        var (connection, drop) = await CirculationBench.ScratchDatabase(provider);
        var folder = Directory.CreateTempSubdirectory("libraryils-bench-imports-").FullName;
        try
        {
            await using var app = LibraryIlsApp.Build([
                "--urls=http://127.0.0.1:0", $"--Database:Provider={(provider == "postgres" ? "Postgres" : "Sqlite")}",
                $"--Database:ConnectionString={connection}", "--Logging:LogLevel:Default=Warning", $"--Database:DataFolder={folder}",
                .. (Option(args, "--chunk", 0) is > 0 and var chunk ? [$"--Catalog:Imports:ChunkSize={chunk}"] : Array.Empty<string>()),
                .. (Option(args, "--chunks-per-transaction", 0) is > 0 and var group ? [$"--Catalog:Imports:ChunksPerTransaction={group}"] : Array.Empty<string>()),
            ]);
            await app.StartAsync();
            var sites = await Sites(app, merge ? 3 : 1);
            var last = Stopwatch.StartNew();
            app.Services.GetRequiredService<ImportProgress>().Changed += batch =>
            {
                // The last report while staging comes after its last chunk: the process CPU there splits staging from commit.
                if (batch.Status == ImportBatchStatus.Staging) _stagedCpu = Process.GetCurrentProcess().TotalProcessorTime;
                if (last.Elapsed.TotalSeconds < 5) return;
                last.Restart();
                Console.Error.WriteLine($"  {batch.Status}: read {batch.RecordsRead} committed {batch.CommitCursor}");
            };
            var result = merge ? await MergeAsync(app, provider, sites, Option(args, "--works", 20_000), folder)
                : await ImportAsync(app, provider, sites[0], Option(args, "--records", 100_000), folder, WalOf(provider, connection), args.Contains("--stage-first"),
                    args.Contains("--desk-writes"));
            await app.StopAsync();
            return result;
        }
        finally
        {
            // --keep leaves the catalogue for a look at what the import wrote (sqlite3, psql).
            if (args.Contains("--keep")) Console.WriteLine($"kept: {connection}");
            else await drop();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>SQLite's write-ahead log, which the commit lets grow until its one checkpoint at the end: its peak is printed.</summary>
    private static string? WalOf(string provider, string connection) =>
        provider == "postgres" ? null : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource + "-wal";

    private static async Task<(int Exit, double Figure)> ImportAsync(WebApplication app, string provider, string site, int count, string folder, string? wal, bool stageFirst,
        bool deskWrites)
    {
        var file = Path.Combine(folder, "generated.mrc");
        await using (var output = File.Create(file))
            new VietnameseRecordGenerator(seed: 100_000).WriteIso2709(output, count);
        var sampler = PeakSampler.Start(wal);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (jitted, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var (pauses, collections, allocated) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.GetTotalAllocatedBytes());
        var started = Stopwatch.StartNew();
        using var stopDesk = new CancellationTokenSource();
        var desk = deskWrites ? Task.Run(() => DeskWaitsAsync(app, stopDesk.Token)) : Task.FromResult(new List<double>());
        var batch = await RunBatchAsync(app, new ImportSettings { Source = "BENCH", SiteCode = site, Commit = !stageFirst }, file);
        if (stageFirst) batch = await CommitAsync(app, batch.Id);
        var total = started.Elapsed.TotalSeconds;
        await stopDesk.CancelAsync();
        if (deskWrites) Console.WriteLine($"imports {provider}: desk writes while importing: {Percentiles(await desk)}");
        // On a shared machine the wall clock says more about the neighbours than about the import: the CPU it used is printed too.
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        // A fresh process compiles what it runs while it runs: the methods compiled meanwhile and the time spent on them.
        (jitted, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount() - jitted, System.Runtime.JitInfo.GetCompilationTime() - jitTime);
        // Every thread stops while the garbage collector pauses, the writer's too: part of the wall clock no profile of a thread shows.
        var paused = (GC.GetTotalPauseDuration() - pauses).TotalSeconds;
        collections = GC.CollectionCount(0) - collections;
        allocated = GC.GetTotalAllocatedBytes() - allocated;
        var stageCpu = (_stagedCpu - cpu).TotalSeconds;
        var peak = await sampler.StopAsync();
        var staging = (batch.StagedAt!.Value - batch.CreatedAt).TotalSeconds;
        var commit = (batch.CommittedAt!.Value - batch.StagedAt!.Value).TotalSeconds;
        Console.WriteLine($"imports {provider}: records={count} copies={batch.CopiesAdded} added={batch.Added} merged={batch.Merged} rejected={batch.Rejected} " +
            $"renumbered={batch.CopiesRenumbered} status={batch.Status}");
        Console.WriteLine($"imports {provider}: " +
            (stageFirst ? $"stage {staging:F1} s ({count / staging:F0} records/s), commit {commit:F1} s ({count / commit:F0} records/s), " : "staged and committed at once, ") +
            $"end to end {total:F1} s = {count / total:F0} records/s; peak working set {peak.WorkingSet / 1048576.0:F0} MB, " +
            (wal is null ? "" : $"peak WAL {peak.WalBytes / 1048576.0:F0} MB, ") +
            $"managed heap mid-way {peak.HeapAt(0.45) / 1048576.0:F0} MB / at end {peak.HeapAtEnd / 1048576.0:F0} MB; " +
            $"CPU {cpuSeconds:F1} s of this process ({count / cpuSeconds:F0} records per CPU second" +
            (stageFirst ? $": stage {stageCpu:F1} s, commit {cpuSeconds - stageCpu:F1} s = {count / (cpuSeconds - stageCpu):F0} records per CPU second)" : ")") +
            $"; {jitted} methods compiled in {jitTime.TotalSeconds:F1} s; {allocated / 1073741824.0:F1} GB allocated, {collections} garbage collections, paused {paused:F1} s");
        return (batch.Status == ImportBatchStatus.Committed ? 0 : 1, count / total);
    }

    private static async Task<(int Exit, double Figure)> MergeAsync(WebApplication app, string provider, string[] sites, int works, string folder)
    {
        var exports = LegacyCatalogues.Generate(works, LegacyCatalogues.Styles(sites[0], sites[1], sites[2]));
        var started = Stopwatch.StartNew();
        var failed = 0;
        foreach (var (style, bytes, records) in exports.Files)
        {
            var file = Path.Combine(folder, style.Source + (style.MarcXml ? ".xml" : ".mrc"));
            await File.WriteAllBytesAsync(file, bytes);
            var clock = Stopwatch.StartNew();
            var batch = await RunBatchAsync(app, new ImportSettings { Source = style.Source, SiteCode = style.SiteCode, Commit = true }, file);
            Console.WriteLine($"merge {provider} {style.Source,-8}: records={records} added={batch.Added} merged={batch.Merged} rejected={batch.Rejected} " +
                $"converted={batch.Converted} copies={batch.CopiesAdded} renumbered={batch.CopiesRenumbered} in {clock.Elapsed.TotalSeconds:F1} s");
            if (batch.Status != ImportBatchStatus.Committed) failed++;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        Console.WriteLine($"merge {provider}: works={works} records in catalogue={await db.Records.CountAsync()} copies={await db.Copies.CountAsync()} " +
            $"(expected {exports.Copies}, {exports.CollidingNumbers} numbers collided) in {started.Elapsed.TotalSeconds:F1} s");
        return (failed, started.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// --desk-writes: what a desk save waits for the SQLite write gate while the batch commits. Every 50 ms a write takes the
    /// gate (as a checkout's save does) and lets it go; the time it waited for it is kept.
    /// </summary>
    private static async Task<List<double>> DeskWaitsAsync(WebApplication app, CancellationToken stop)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var waits = new List<double>();
        while (!stop.IsCancellationRequested)
        {
            var waited = Stopwatch.StartNew();
            using (await LibraryIls.BuildingBlocks.Data.SqliteWriteGate.EnterAsync(db, CancellationToken.None)) waits.Add(waited.Elapsed.TotalMilliseconds);
            try { await Task.Delay(50, stop); } catch (OperationCanceledException) { }
        }
        return waits;
    }

    private static string Percentiles(List<double> waits)
    {
        var sorted = new Latencies(waits);
        return sorted.Count == 0 ? "none" : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{sorted.Count} waited for the gate p50 {sorted.At(0.5):F1} ms, p95 {sorted.At(0.95):F1} ms, p99 {sorted.At(0.99):F1} ms, max {sorted.Max:F1} ms");
    }

    private static async Task<ImportBatch> RunBatchAsync(WebApplication app, ImportSettings settings, string file)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var batch = await services.GetRequiredService<ImportRequests>().OpenAsync(settings, file, id =>
        {
            services.GetRequiredService<ImportFiles>().Copy(id, file);
            return Task.FromResult(new FileInfo(file).Length);
        }, null, "bench", default);
        await using var work = app.Services.CreateAsyncScope();
        await work.ServiceProvider.GetRequiredService<ImportJob>().RunAsync(batch.Id, default);
        return await work.ServiceProvider.GetRequiredService<CatalogDbContext>().ImportBatches.AsNoTracking().SingleAsync(b => b.Id == batch.Id);
    }

    /// <summary>Commits a batch staged whole, as the cataloguer's "commit" does.</summary>
    private static async Task<ImportBatch> CommitAsync(WebApplication app, Guid id)
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ImportRequests>().CommitAsync(id, default);
        await using var work = app.Services.CreateAsyncScope();
        await work.ServiceProvider.GetRequiredService<ImportJob>().RunAsync(id, default);
        return await work.ServiceProvider.GetRequiredService<CatalogDbContext>().ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id);
    }

    private static async Task<string[]> Sites(WebApplication app, int count)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using (var scope = app.Services.CreateScope())
            await OrganizationModule.CreateAdminAsync(scope.ServiceProvider, "bench.admin", "Bench", CirculationBench.Password, default);
        using var admin = await CirculationBench.SignIn(address, "bench.admin");
        var codes = Enumerable.Range(1, count).Select(i => $"BENCH-CS{i}").ToArray();
        foreach (var code in codes)
            await CirculationBench.Ok(admin.PostAsJsonAsync("/api/organization/sites", new { code, name = "Thư viện đo tải", level = "Province", kind = "Library" }));
        return codes;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }

    /// <summary>Samples the working set, managed heap and (SQLite) the WAL's size every 100 ms while the import runs.</summary>
    private sealed class PeakSampler
    {
        private readonly List<long> _heap = [];
        private readonly CancellationTokenSource _stop = new();
        private Task? _task;
        private long _workingSet;
        private long _walBytes;

        public long WorkingSet => _workingSet;
        public long WalBytes => _walBytes;
        public long HeapAtEnd => _heap.Count == 0 ? 0 : _heap[^1];

        public long HeapAt(double fraction) => _heap.Count == 0 ? 0 : _heap[(int)(fraction * (_heap.Count - 1))];

        public static PeakSampler Start(string? wal)
        {
            var sampler = new PeakSampler();
            sampler._task = Task.Run(async () =>
            {
                using var process = Process.GetCurrentProcess();
                while (!sampler._stop.IsCancellationRequested)
                {
                    process.Refresh();
                    sampler._workingSet = Math.Max(sampler._workingSet, process.WorkingSet64);
                    sampler._heap.Add(GC.GetTotalMemory(false));
                    if (wal is not null && File.Exists(wal)) sampler._walBytes = Math.Max(sampler._walBytes, new FileInfo(wal).Length);
                    try { await Task.Delay(100, sampler._stop.Token); } catch (OperationCanceledException) { }
                }
            });
            return sampler;
        }

        public async Task<PeakSampler> StopAsync()
        {
            await _stop.CancelAsync();
            await _task!;
            return this;
        }
    }
}
