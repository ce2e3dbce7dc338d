using System.Data.Common;
using System.Diagnostics;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.Host;
using LibraryIls.Reporting.Annual;
using LibraryIls.Testing.ReportingData;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LibraryIls.Bench.Reporting;

/// <summary>
/// The annual report over a province-sized year: N circulation events and M visits (default 10,000,000 and
/// 2,000,000) on the demo network, bulk-inserted (SQLite: one transaction, one prepared statement; PostgreSQL:
/// binary COPY), the report computed once with every event still counted live, then the rollup jobs that fill the
/// modules' daily summaries (timed apart), then the report three times. Prints insert rates, rollup and report times,
/// the memory the report allocated and the process's peak working set, and the main figures.
/// Usage: bench reporting [sqlite|postgres] [--events N] [--visits N] [--keep] [--reuse CONNECTION]
/// (--keep prints the connection string of the generated year; --reuse CONNECTION measures the report again on it,
/// without generating or rolling up: the year is computed in seconds, so it can be re-measured on a quiet machine).
/// </summary>
internal static class ReportingBench
{
    private const int Year = 2025;

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = args.FirstOrDefault(a => !a.StartsWith("--"))?.ToLowerInvariant() ?? "sqlite";
        var events = Option(args, "--events", 10_000_000);
        var visits = Option(args, "--visits", 2_000_000);
        var reuse = Array.IndexOf(args, "--reuse") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        var (connection, drop) = reuse is null ? await Circulation.CirculationBench.ScratchDatabase(provider) : (reuse, () => Task.CompletedTask);
        try
        {
            await using var app = LibraryIlsApp.Build([
                "--urls=http://127.0.0.1:0", $"--Database:Provider={(provider == "postgres" ? "Postgres" : "Sqlite")}", $"--Database:ConnectionString={connection}",
                "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=None", "--Logging:LogLevel:LibraryIls.Reporting=Debug", "--Jobs:Enabled=false",
                $"--Database:DataFolder={Path.Combine(Path.GetTempPath(), "libraryils-bench")}",
            ]);
            await app.StartAsync(); // migrates every module
            if (reuse is not null)
            {
                Console.WriteLine($"reporting {provider}: the year already generated and rolled up in {reuse}");
                for (var run = 1; run <= 3; run++) await ReportAsync(app.Services, $"run {run}", figures: run == 1);
                await app.StopAsync();
                return 0;
            }
            using (var scope = app.Services.CreateScope())
                foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().Where(s => s.Order == 0))
                    await seeder.SeedAsync(TextWriter.Null, default); // the demo network only
            var sites = await SitesAsync(app.Services);
            Console.WriteLine($"reporting {provider}: demo network of {sites.Count} sites; generating {events:N0} events and {visits:N0} visits for {Year}");

            var writer = new BulkTableWriter(provider == "postgres" ? "Postgres" : "Sqlite", connection);
            var generator = new YearGenerator(2025, sites);
            await Timed("circulation events", events, () => new CirculationEventsWriter().WriteAsync(writer, generator.CirculationEvents(Year, events)));
            await Timed("visits", visits, () => new VisitsWriter().WriteAsync(writer, generator.Visits(Year, visits)));
            var (records, copies) = generator.Catalogue(Year - 1, Year, 5_000, 50_000);
            await new CatalogRecordsWriter().WriteAsync(writer, records);
            await new CatalogCopiesWriter().WriteAsync(writer, copies);
            await new CardEventsWriter().WriteAsync(writer, generator.CardEvents(Year - 1, Year, 20_000));
            await Analyze(provider, connection);

            var live = await ReportAsync(app.Services, "before the rollup (every event counted live)", figures: false);
            await TimedRollup(app.Services, "circulation events", ReportingRollups.CirculationDays);
            await TimedRollup(app.Services, "visits", ReportingRollups.VisitDays);
            var maintenance = Stopwatch.StartNew();
            await Analyze(provider, connection, vacuum: true);
            Console.WriteLine($"  statistics after the rollup (PostgreSQL VACUUM ANALYZE, as autovacuum would; SQLite ANALYZE): {maintenance.Elapsed.TotalSeconds:F1} s");
            for (var run = 1; run <= 3; run++)
            {
                var report = await ReportAsync(app.Services, $"run {run}", figures: run == 1);
                if (run == 1) SameFigures(live, report);
            }
            await app.StopAsync();
            return 0;
        }
        finally
        {
            if (!args.Contains("--keep") && reuse is null) await drop();
            else Console.WriteLine($"kept: {connection}");
        }
    }

    /// <summary>The rollup changes how figures are computed, never what they are.</summary>
    private static void SameFigures(AnnualReportResponse live, AnnualReportResponse summarised)
    {
        var before = live.Sections.SelectMany(s => s.Indicators).ToDictionary(i => i.Code, i => i.Total.Current);
        var different = summarised.Sections.SelectMany(s => s.Indicators).Where(i => before.GetValueOrDefault(i.Code) != i.Total.Current).ToList();
        Console.WriteLine($"  every total the same before and after the rollup: {(different.Count == 0 ? "yes" : "NO")} ({before.Count} indicators)");
        if (different.Count > 0) throw new InvalidOperationException("Figures changed by the rollup: " + string.Join(", ", different.Select(i => i.Code)));
    }

    private static async Task<AnnualReportResponse> ReportAsync(IServiceProvider services, string label, bool figures)
    {
        using var scope = services.CreateScope();
        var builder = scope.ServiceProvider.GetRequiredService<AnnualReportBuilder>();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var report = await builder.BuildAsync(ReportPeriod.Year(Year), ReportScope.Network, default);
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore; // SQLite runs in this process; PostgreSQL's own CPU is not in it
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / 1024.0;
        string Figure(string code) => report.Find(code)?.Total.Current?.ToString("N0") ?? "–";
        Console.WriteLine($"annual report {Year} {label}: {clock.Elapsed.TotalSeconds:F2} s (CPU of this process {cpu.TotalSeconds:F2} s), allocated {allocated:F1} MB, " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
        if (figures)
            Console.WriteLine($"  figures: loans {Figure("items.loans")}, in-house {Figure("items.inHouse")}, renewals {Figure("items.renewals")}, " +
                $"items served {Figure("items.total")}, on-site visits {Figure("visits.onSite")}, cards issued {Figure("cards.issued")}, " +
                $"copies added {Figure("additions.copies")}, collection {Figure("collection.copies")}");
        return report;
    }

    /// <summary>The job that keeps a daily summary, as the scheduler runs it; a first run over a bulk load summarises the whole year.</summary>
    private static async Task TimedRollup(IServiceProvider services, string what, string job)
    {
        var clock = Stopwatch.StartNew();
        await ReportingRollups.RunAsync(services, job);
        Console.WriteLine($"  rollup of the {what} into the daily summary ({job}): {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task Timed(string what, long count, Func<Task<long>> write)
    {
        var clock = Stopwatch.StartNew();
        var written = await write();
        Console.WriteLine($"  inserted {written:N0} {what} in {clock.Elapsed.TotalSeconds:F1} s ({written / clock.Elapsed.TotalSeconds:N0} rows/s)");
        if (written != count) throw new InvalidOperationException($"{what}: {written} written, {count} asked");
    }

    private static async Task<List<GeneratedSite>> SitesAsync(IServiceProvider services)
    {
        var database = services.GetRequiredService<ConnectedDatabase>();
        await using DbConnection connection = database.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(database.ConnectionString) : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"SiteId\", \"Code\", \"Level\", \"Kind\", \"PointKind\", \"IsRural\" FROM {ViewQuery.View(database.Provider, "organization", "rpt_organization_sites_v1")}";
        var sites = new List<GeneratedSite>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            sites.Add(new GeneratedSite(Guid.Parse(reader.GetValue(0).ToString()!), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), Convert.ToBoolean(reader.GetValue(5))));
        return sites;
    }

    /// <summary>Fresh statistics after a bulk load, as a nightly maintenance job or autovacuum would leave them.</summary>
    private static async Task Analyze(string provider, string connection, bool vacuum = false)
    {
        if (provider == "postgres")
        {
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            await using var command = new NpgsqlCommand(vacuum ? "VACUUM ANALYZE" : "ANALYZE", db);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            await using var db = new SqliteConnection(connection);
            await db.OpenAsync();
            await using var command = new SqliteCommand("ANALYZE", db);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1].Replace("_", ""), out var value) ? value : fallback;
    }
}
