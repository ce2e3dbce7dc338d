using System.Diagnostics;
using System.Globalization;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.Bench.Circulation;
using LibraryIls.Catalog.Classification;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc.Generation;
using LibraryIls.Catalog.Records;
using LibraryIls.Catalog.Search;
using LibraryIls.Host;
using LibraryIls.Organization.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LibraryIls.Bench.Opac;

/// <summary>
/// OPAC search at catalogue scale: N generated Vietnamese records (catalogue-scale vocabulary, 1-3 copies each at
/// the demo sites) are bulk-loaded, the index tables are rebuilt by their fast path (timed, size measured), the
/// memory index is loaded (timed, size measured), then one- to three-word queries cut from the titles, authors and
/// subjects of the generated records (common words stay in: they are what readers type), half typed with
/// diacritics and half without, run one after another over HTTP on loopback; latency percentiles printed.
/// Usage: bench opac [sqlite|postgres] [--records 1000000] [--queries 600] [--keep] [--reuse FILE (PostgreSQL: a database name)]
/// </summary>
internal static class OpacBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))?.ToLowerInvariant() ?? "sqlite";
        var records = Option(args, "--records", 1_000_000);
        var queries = Option(args, "--queries", 600);
        var reuse = Text(args, "--reuse");
        var (connection, drop, loadedBefore) = reuse is null ? await Scratch(provider) : await Reused(provider, reuse);
        try
        {
            await using var app = LibraryIlsApp.Build([
                "--urls=http://127.0.0.1:0", $"--Database:Provider={(provider == "postgres" ? "Postgres" : "Sqlite")}",
                $"--Database:ConnectionString={connection}", "--Logging:LogLevel:Default=Warning",
                $"--Database:DataFolder={Path.Combine(Path.GetTempPath(), "libraryils-bench")}",
            ]);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var samplesFile = reuse is null ? null : reuse + ".samples";
            List<(string Title, string Author, string Subject)> samples;
            if (loadedBefore && samplesFile is not null && File.Exists(samplesFile))
            {
                samples = [.. File.ReadLines(samplesFile).Select(l => l.Split('\t')).Select(f => (f[0], f[1], f[2]))];
                Console.WriteLine($"opac {provider}: reusing the catalogue and index of {reuse} (loaded and rebuilt before)");
            }
            else
            {
                samples = await LoadAndRebuild(app.Services, provider, connection, records);
                if (samplesFile is not null) await File.WriteAllLinesAsync(samplesFile, samples.Select(x => $"{x.Title}\t{x.Author}\t{x.Subject}"));
            }

            var memory = app.Services.GetRequiredService<SearchMemoryIndex>();
            await memory.StartLoading(again: true);
            var loaded = memory.Loaded ?? throw new InvalidOperationException("the memory index did not load: see the log");
            Console.WriteLine($"opac {provider}: memory index loaded in {loaded.LoadSeconds:F1} s: {loaded.Records:N0} records, {loaded.Words:N0} distinct words, " +
                $"{loaded.Postings:N0} postings, {loaded.WordsInRecords:N0} words in records, about {loaded.ApproximateBytes / 1024.0 / 1024.0:F0} MB of managed memory " +
                $"(process working set {Environment.WorkingSet / 1024.0 / 1024.0:F0} MB)");

            using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
            var random = new Random(2026);
            var plans = Enumerable.Range(0, queries).Select(i =>
            {
                // Half the queries from titles, the rest from authors and subjects; one to three consecutive words.
                var sample = samples[random.Next(samples.Count)];
                var value = (random.Next(10) switch { < 5 => sample.Title, < 8 => sample.Author, _ => sample.Subject })
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit)).ToArray();
                var take = Math.Min(value.Length, 1 + random.Next(3));
                var words = string.Join(' ', value.Skip(random.Next(value.Length - take + 1)).Take(take)).ToLowerInvariant();
                return (Marks: i % 2 == 0, Text: i % 2 == 0 ? words : VietnameseText.Fold(words));
            }).ToList();
            foreach (var (_, text) in plans.Take(20)) await Search(http, text, facets: true);
            // CPU time and allocations of this process (server and client) per search: the figures the machine's load does not move.
            var timings = new List<(bool Marks, int Words, double Ms, int Total)>();
            var cost = Cost.Start();
            foreach (var (marks, text) in plans)
            {
                var watch = Stopwatch.StartNew();
                var total = await Search(http, text, facets: true);
                timings.Add((marks, text.Split(' ').Length, watch.Elapsed.TotalMilliseconds, total));
            }
            cost.Report(provider, "with facets", plans.Count);
            var withoutFacets = new List<double>();
            cost = Cost.Start();
            foreach (var (_, text) in plans)
            {
                var watch = Stopwatch.StartNew();
                await Search(http, text, facets: false);
                withoutFacets.Add(watch.Elapsed.TotalMilliseconds);
            }
            cost.Report(provider, "page 2, no facets", plans.Count);
            await EngineAlone(app.Services, provider, plans.Select(p => p.Text).ToList());
            Console.WriteLine($"opac {provider}: load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} after the searches");
            Report(provider, "page 2 (no facets)", withoutFacets);
            Report(provider, "all", timings.Select(t => t.Ms));
            Report(provider, "with diacritics", timings.Where(t => t.Marks).Select(t => t.Ms));
            Report(provider, "without diacritics", timings.Where(t => !t.Marks).Select(t => t.Ms));
            foreach (var words in new[] { 1, 2, 3 })
                Report(provider, $"{words} word(s)", timings.Where(t => t.Words == words).Select(t => t.Ms));
            var totals = timings.Select(t => t.Total).Order().ToList();
            Console.WriteLine($"opac {provider}: query mix: {plans.Count} queries, 1/2/3 words {timings.Count(t => t.Words == 1)}/{timings.Count(t => t.Words == 2)}/{timings.Count(t => t.Words == 3)}, " +
                $"results median {totals[totals.Count / 2]:N0}, p90 {totals[(int)(totals.Count * 0.9)]:N0}, max {totals[^1]:N0}; " +
                $"over 10,000 results {totals.Count(t => t > 10_000)}, over 100,000 {totals.Count(t => t > 100_000)}, none {totals.Count(t => t == 0)}");
            Report(provider, "over 10,000 results", timings.Where(t => t.Total > 10_000).Select(t => t.Ms));
            foreach (var (marks, text) in plans.Take(12)) Console.WriteLine($"  e.g. \"{text}\"");
            await app.StopAsync();
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (args.Contains("--keep")) Console.WriteLine($"opac {provider}: database kept: {connection}");
            else await drop();
        }
    }

    private static async Task<List<(string Title, string Author, string Subject)>> LoadAndRebuild(IServiceProvider services, string provider, string connection, int records)
    {
        var clock = Stopwatch.StartNew();
        var samples = await Load(services, records);
        Console.WriteLine($"opac {provider}: loaded {records:N0} records with copies in {clock.Elapsed.TotalSeconds:F0} s");
        SearchIndexRebuilt rebuilt;
        var before = await DatabaseSize(provider, connection);
        using (var scope = services.CreateScope())
            rebuilt = await scope.ServiceProvider.GetRequiredService<SearchIndexRebuild>().Run(null, default);
        var size = provider == "postgres" ? await IndexSize(connection) : await DatabaseSize(provider, connection) - before;
        Console.WriteLine($"opac {provider}: index rebuilt in {rebuilt.Seconds:F1} s: {rebuilt.Records:N0} records, {rebuilt.Words:N0} words, " +
            $"size {size / 1024.0 / 1024.0:F0} MB (words with their indexes, documents, holdings)");
        return samples;
    }

    private static async Task<(string Connection, Func<Task> Drop, bool LoadedBefore)> Scratch(string provider)
    {
        var (connection, drop) = await CirculationBench.ScratchDatabase(provider);
        return (connection, drop, false);
    }

    /// <summary>--reuse PATH: a SQLite file (PostgreSQL: a database name) kept between runs; loaded and rebuilt only when it has no sample file yet.</summary>
    private static async Task<(string Connection, Func<Task> Drop, bool LoadedBefore)> Reused(string provider, string path)
    {
        var loaded = File.Exists(path + ".samples");
        if (provider != "postgres") return ($"Data Source={path}", () => Task.CompletedTask, loaded);
        var admin = Environment.GetEnvironmentVariable("LIBRARYILS_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set LIBRARYILS_TEST_POSTGRES to a PostgreSQL admin connection string.");
        var name = Path.GetFileName(path);
        await using (var pg = new NpgsqlConnection(admin))
        {
            await pg.OpenAsync();
            await using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = '{name}'", pg);
            if ((long)(await exists.ExecuteScalarAsync())! == 0)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", pg);
                await create.ExecuteNonQueryAsync();
                loaded = false;
            }
        }
        return (new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, () => Task.CompletedTask, loaded);
    }

    private static async Task<int> Search(HttpClient http, string text, bool facets)
    {
        using var response = await http.GetAsync($"/api/opac/search?q={Uri.EscapeDataString(text)}" + (facets ? "" : "&page=2&facets=false"));
        response.EnsureSuccessStatusCode();
        using var json = await System.Text.Json.JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        return json.RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>Records, headings and copies written in bulk, batch by batch, the OPAC index left for the rebuild; returns a sample of what readers may type.</summary>
    private static async Task<List<(string Title, string Author, string Subject)>> Load(IServiceProvider services, int count)
    {
        var samples = new List<(string Title, string Author, string Subject)>();
        using (var scope = services.CreateScope())
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().Where(s => s.GetType().Namespace!.StartsWith("LibraryIls.Organization", StringComparison.Ordinal)))
                await seeder.SeedAsync(TextWriter.Null, default);
        var sites = new List<SiteInfo>();
        using (var scope = services.CreateScope())
        {
            var directory = scope.ServiceProvider.GetRequiredService<ISiteDirectory>();
            foreach (var code in new[] { "TVT-TSC", "TVT-CS1", "TVT-CS2", "H-LH", "H-MT", "X-PH" })
                if (await directory.FindByCodeAsync(code, default) is { } site) sites.Add(site);
        }
        var generator = new VietnameseRecordGenerator(seed: 1_000_000, catalogueScale: true);
        var now = DateTimeOffset.UtcNow;
        var number = 0;
        const int batch = 5000;
        for (var done = 0; done < count; done += batch)
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            var callNumbers = scope.ServiceProvider.GetRequiredService<CallNumbers>();
            var added = new List<BibliographicRecord>(batch);
            var copies = new List<Copy>(batch * 3);
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var marc = generator.Next();
                if (i % 97 == 0)
                    samples.Add((marc.DataFields("245").First()['a'] ?? "", marc.DataFields("100").First()['a'] ?? "", marc.DataFields("650").First()['a'] ?? ""));
                var holdings = marc.DataFields("952").ToList();
                marc.Fields.RemoveAll(f => f.Tag == "952");
                var record = BibliographicRecord.Create(marc, "bench", now);
                added.Add(record);
                var callNumber = callNumbers.For(record).ToString();
                foreach (var (holding, c) in holdings.Select((h, c) => (h, c)))
                {
                    var copy = Copy.Create(record.Id, $"B.{number++:D8}", sites[(i + c) % sites.Count], new CopyDetails(
                        CopyLocation.Lending, i % 10 == 0 ? "BAO" : "SACH", callNumber, null, DateOnly.FromDateTime(now.UtcDateTime), AcquisitionSource.Purchase), now);
                    if (i % 3 == 0 && c == 0) copy.ChangeStatus(CopyStatus.OnLoan);
                    copies.Add(copy);
                }
            }
            // The import's fast path (PostgreSQL COPY, SQLite JSON inserts): what a SaveChanges would store, without the change tracker.
            await using (await SqliteWriteGate.HoldAsync(db, default))
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await new BulkRows<BibliographicRecord>(db).InsertAsync(added, default);
                await new BulkRows<RecordHeading>(db, nameof(RecordHeading.RecordId))
                    .InsertAsync(added.SelectMany(r => r.Headings.Select(h => (h, (object?)r.Id))), default);
                await new BulkRows<Copy>(db).InsertAsync(copies, default);
                await transaction.CommitAsync();
            }
            if (done % 100_000 == 0 && done > 0) Console.WriteLine($"  loaded {done:N0}");
        }
        return samples;
    }

    private static async Task<long> IndexSize(string connection)
    {
        await using var pg = new NpgsqlConnection(connection);
        await pg.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_total_relation_size('catalog.cat_search_tokens') + "
            + "pg_total_relation_size('catalog.cat_search_documents') + pg_total_relation_size('catalog.cat_search_holdings')", pg);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>SQLite: the file's pages in use (the bundled SQLite has no dbstat), so the index is the growth over its rebuild.</summary>
    private static async Task<long> DatabaseSize(string provider, string connection)
    {
        if (provider == "postgres") return 0;
        await using var sqlite = new SqliteConnection(connection);
        await sqlite.OpenAsync();
        await using var pages = sqlite.CreateCommand();
        pages.CommandText = "SELECT (SELECT page_count FROM pragma_page_count()) - (SELECT freelist_count FROM pragma_freelist_count()), (SELECT page_size FROM pragma_page_size())";
        await using var reader = await pages.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetInt64(0) * reader.GetInt64(1);
    }

    /// <summary>The memory index alone (no HTTP, no page of records read): time and allocations on this thread per search with facets.</summary>
    private static async Task EngineAlone(IServiceProvider services, string provider, List<string> texts)
    {
        using var scope = services.CreateScope();
        var search = scope.ServiceProvider.GetRequiredService<OpacSearch>();
        var memory = services.GetRequiredService<SearchMemoryIndex>();
        var plans = new List<SearchPlan>();
        foreach (var text in texts) plans.Add(await search.Plan(new OpacSearchRequest(Q: text), default));
        var milliseconds = new List<double>();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        foreach (var plan in plans)
        {
            var watch = Stopwatch.StartNew();
            _ = await memory.Find(plan, default) ?? throw new InvalidOperationException("the memory index did not answer");
            milliseconds.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"opac {provider}: memory index alone: {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / plans.Count:F0} KB allocated per search with facets");
        Report(provider, "memory index alone", milliseconds);
    }

    private sealed record Cost(TimeSpan Cpu, long Allocated)
    {
        public static Cost Start() => new(Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));

        public void Report(string provider, string label, int searches) =>
            Console.WriteLine($"opac {provider}: {label}: {(Process.GetCurrentProcess().TotalProcessorTime - Cpu).TotalMilliseconds / searches:F1} ms CPU and " +
                $"{(GC.GetTotalAllocatedBytes(precise: true) - Allocated) / 1024.0 / searches:F0} KB allocated per search (server and client)");
    }

    private static void Report(string provider, string label, IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        if (sorted.Count == 0) return;
        double At(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        Console.WriteLine($"opac {provider}: search {label,-20} n={sorted.Count,4} p50={At(0.50):F1}ms p95={At(0.95):F1}ms p99={At(0.99):F1}ms max={sorted[^1]:F1}ms");
    }

    private static string? Text(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
