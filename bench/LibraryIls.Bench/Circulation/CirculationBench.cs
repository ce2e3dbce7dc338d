using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LibraryIls.Host;
using LibraryIls.Organization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LibraryIls.Bench.Circulation;

/// <summary>
/// The desk under load: the real API on Kestrel over loopback, N desk clients each scanning a book out and back in.
/// Two modes:
///   closed loop (default): every desk scans again the moment the answer comes — the most the server can do (max throughput);
///   open loop (--rate R): R checkouts+returns per second offered in total on a fixed schedule, spread over the desks (each desk
///   is one person, so it scans one book at a time). Latency counts from when each scan was due, not from when the desk got to
///   it, so a server that falls behind shows it in the percentiles instead of hiding it (no coordinated omission).
/// Usage: bench circulation [sqlite|postgres] [--clients 16] [--seconds 20] [--rate R] [--warmup 90]
///   postgres needs LIBRARYILS_TEST_POSTGRES (an admin connection string); a scratch database is made and dropped.
/// </summary>
internal static class CirculationBench
{
    internal const string Password = "Bench-mat-khau-1";

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = args.FirstOrDefault(a => !a.StartsWith("--"))?.ToLowerInvariant() ?? "sqlite";
        var clients = Option(args, "--clients", 16);
        var seconds = Option(args, "--seconds", 20);
        var rate = Option(args, "--rate", 0);
        var warmup = Option(args, "--warmup", 90);
        var (connection, drop) = await ScratchDatabase(provider);
        try
        {
            await using var app = LibraryIlsApp.Build([
                "--urls=http://127.0.0.1:0", $"--Database:Provider={(provider == "postgres" ? "Postgres" : "Sqlite")}",
                $"--Database:ConnectionString={connection}", "--Logging:LogLevel:Default=Warning",
                $"--Database:DataFolder={Path.Combine(Path.GetTempPath(), "libraryils-bench")}",
            ]);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using (var scope = app.Services.CreateScope())
                await OrganizationModule.CreateAdminAsync(scope.ServiceProvider, "bench.admin", "Bench", Password, default);
            var desks = await Prepare(address, clients);
            await WarmUp(address, desks, TimeSpan.FromSeconds(warmup));
            using var cost = new CostMeter(provider == "postgres" ? await PostgresServerCpu.FindAsync(connection) : null);
            var result = rate > 0
                ? await OpenLoop(address, desks, rate, TimeSpan.FromSeconds(seconds))
                : await ClosedLoop(address, desks, TimeSpan.FromSeconds(seconds));
            var mode = rate > 0 ? $"open loop: offered={rate}/s achieved={result.PerSecond:F0}/s" : $"closed loop: checkouts+returns/s={result.PerSecond:F0}";
            Console.WriteLine($"circulation {provider} {mode} clients={clients} seconds={seconds} " +
                $"p50={result.P50:F1}ms p95={result.P95:F1}ms p99={result.P99:F1}ms max={result.Max:F1}ms " +
                $"operations={result.Operations} errors={result.Errors}");
            Console.WriteLine($"  per scan: {cost.CpuMillisecondsPer(result.Operations):F2} ms CPU in this process (API + clients), " +
                $"{cost.KilobytesAllocatedPer(result.Operations):F0} KB allocated" +
                (provider == "postgres" ? $", {cost.CommandsPer(result.Operations):F1} PostgreSQL commands" : "") +
                (cost.ServerCpuMillisecondsPer(result.Operations) is { } server ? $"; {server:F2} ms CPU in the PostgreSQL server" : ""));
            if (rate > 0 && result.PerSecond < rate * 0.98)
                Console.WriteLine($"MISS: the server kept up with {result.PerSecond:F0} of the {rate} scans per second offered.");
            await app.StopAsync();
            return result.Errors == 0 ? 0 : 1;
        }
        finally
        {
            await drop();
        }
    }

    /// <summary>A desk and its reader's card and books; <see cref="Scanned"/> carries on across the warm-up and the measured run.</summary>
    private sealed record DeskClient(string Token, string Site, string Card, string[] Copies)
    {
        public int Scanned;

        /// <summary>
        /// The JSON a desk sends for each book, written once: the desk is the client, not what is measured, and it shares the
        /// cores with the API, so it should not spend them serialising the same three fields again on every scan.
        /// </summary>
        public byte[][] CheckOutBodies { get; } = Copies.Select(copy => JsonSerializer.SerializeToUtf8Bytes(
            new { cardNumber = Card, registrationNumber = copy, siteCode = Site })).ToArray();

        public byte[][] ReturnBodies { get; } = Copies.Select(copy => JsonSerializer.SerializeToUtf8Bytes(
            new { registrationNumber = copy, siteCode = Site })).ToArray();
    }

    private sealed record LoadResult(double PerSecond, double P50, double P95, double P99, double Max, long Operations, long Errors);

    private static async Task<List<DeskClient>> Prepare(string address, int clients)
    {
        using var admin = await SignIn(address, "bench.admin");
        var site = "BENCH-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await Ok(admin.PostAsJsonAsync("/api/organization/sites", new { code = site, name = "Thư viện đo tải", level = "Province", kind = "Library" }));
        await Ok(admin.PostAsJsonAsync("/api/circulation/rules", new
        {
            siteCode = site, loanLength = 14, loanUnit = "Days", maxLoans = 10, renewalsAllowed = 2, renewalLength = 7,
            renewalUnit = "Days", holdsAllowed = true, maxHolds = 3, onSiteOnly = false, blockAfterDaysOverdue = 30,
        }));
        foreach (var (user, role) in new[] { ("bench.desk", "DeskStaff"), ("bench.cat", "Cataloguer") })
            await Ok(admin.PostAsJsonAsync("/api/organization/staff", new { userName = user, fullName = "Bench", password = Password, roles = new[] { role }, siteCodes = new[] { site } }));
        using var desk = await SignIn(address, "bench.desk");
        using var cataloguer = await SignIn(address, "bench.cat");
        var record = await Ok(cataloguer.PostAsJsonAsync("/api/catalog/records", new
        {
            leader = "00000nam a2200000 i 4500",
            fields = new object[]
            {
                new Dictionary<string, object> { ["245"] = new { ind1 = "1", ind2 = "0", subfields = new[] { new Dictionary<string, string> { ["a"] = "Số đỏ" } } } },
            },
        }));
        var recordId = record.GetProperty("id").GetGuid();
        var result = new List<DeskClient>();
        for (var i = 0; i < clients; i++)
        {
            var copies = await Ok(cataloguer.PostAsJsonAsync($"/api/catalog/records/{recordId}/copies/bulk", new
            {
                firstRegistrationNumber = $"BK{i:D2}.000001", count = 20, siteCode = site, location = "Lending", itemType = "SACH",
                acquiredOn = "2026-01-15", source = "Purchase", price = 50000,
            }));
            var reader = await Ok(desk.PostAsJsonAsync("/api/patrons/readers", new
            {
                fullName = $"Bạn đọc đo tải {i}", dateOfBirth = "1990-01-01", gender = "Male", categoryCode = "NGUOI_LON", homeSiteCode = site,
            }));
            var card = await Ok(desk.PostAsJsonAsync($"/api/patrons/readers/{reader.GetProperty("id").GetGuid()}/cards", new { }));
            result.Add(new DeskClient(desk.DefaultRequestHeaders.Authorization!.Parameter!, site,
                card.GetProperty("cards")[0].GetProperty("number").GetString()!,
                copies.EnumerateArray().Select(c => c.GetProperty("registrationNumber").GetString()!).ToArray()));
        }
        return result;
    }

    /// <summary>
    /// Desks scan (closed loop, not counted) until the JIT has settled: a desk server runs for days, and at first the
    /// runtime is still compiling — methods first unoptimised, then instrumented to learn their hot paths
    /// (dynamic PGO), then optimised — which on two busy cores takes a large share of the CPU. The warm-up ends when a
    /// two-second round compiles fewer than 20 methods, or after <paramref name="longest"/> (--warmup seconds).
    /// </summary>
    private static async Task WarmUp(string address, List<DeskClient> desks, TimeSpan longest)
    {
        var clock = Stopwatch.StartNew();
        long compiled;
        do
        {
            var before = System.Runtime.JitInfo.GetCompiledMethodCount();
            await ClosedLoop(address, desks, TimeSpan.FromSeconds(2));
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - before;
        }
        while (compiled >= 20 && clock.Elapsed < longest);
        Console.WriteLine($"  warm-up: {clock.Elapsed.TotalSeconds:F0} s, {compiled} methods compiled in its last 2 s");
    }

    /// <summary>Each desk scans again as soon as it has its answer.</summary>
    private static async Task<LoadResult> ClosedLoop(string address, List<DeskClient> desks, TimeSpan duration)
    {
        var latencies = new List<double>[desks.Count];
        var errors = 0L;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(desks.Select((d, i) => Task.Run(async () =>
        {
            using var http = Client(address, d);
            var mine = latencies[i] = new List<double>(100_000);
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                if (!await Scan(http, d)) Interlocked.Increment(ref errors);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        return Summary(latencies, clock.Elapsed, errors);
    }

    /// <summary>
    /// Scan number j (of rate × duration) is due at j / rate seconds and falls to desk j mod desks; a desk works through its
    /// scans in order, so when the server is slow the desk starts late and the lateness counts in that scan's latency.
    /// Scans not started by twice the duration are dropped, which shows as an achieved rate below the offered one.
    /// </summary>
    private static async Task<LoadResult> OpenLoop(string address, List<DeskClient> desks, int rate, TimeSpan duration)
    {
        var total = (long)(rate * duration.TotalSeconds);
        var latencies = new List<double>[desks.Count];
        var errors = 0L;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(desks.Select((d, i) => Task.Run(async () =>
        {
            using var http = Client(address, d);
            var mine = latencies[i] = new List<double>((int)(total / desks.Count + 1));
            for (var j = (long)i; j < total && clock.Elapsed < 2 * duration; j += desks.Count)
            {
                var due = TimeSpan.FromSeconds((double)j / rate);
                if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
                if (!await Scan(http, d)) Interlocked.Increment(ref errors);
                mine.Add((clock.Elapsed - due).TotalMilliseconds);
            }
        })));
        return Summary(latencies, clock.Elapsed, errors);
    }

    private static HttpClient Client(string address, DeskClient desk)
    {
        var http = new HttpClient { BaseAddress = new Uri(address) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", desk.Token);
        return http;
    }

    /// <summary>The desk's next scan: it lends a book, then takes the same book back, then lends the next one.</summary>
    private static async Task<bool> Scan(HttpClient http, DeskClient desk)
    {
        var n = desk.Scanned++;
        var copy = n / 2 % desk.Copies.Length;
        using var response = n % 2 == 0
            ? await http.PostAsync(CheckOutPath, Json(desk.CheckOutBodies[copy]))
            : await http.PostAsync(ReturnPath, Json(desk.ReturnBodies[copy]));
        if (response.IsSuccessStatusCode) return true;
        if (Interlocked.Increment(ref _errorsShown) <= 3)
            Console.Error.WriteLine($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri?.AbsolutePath}: {await response.Content.ReadAsStringAsync()}");
        return false;
    }

    private static int _errorsShown;

    private static readonly Uri CheckOutPath = new("/api/circulation/loans", UriKind.Relative);
    private static readonly Uri ReturnPath = new("/api/circulation/returns", UriKind.Relative);

    /// <summary>Sent with its length, as a browser sends a form's JSON (PostAsJsonAsync streams it in chunks instead).</summary>
    private static ByteArrayContent Json(byte[] body) =>
        new(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };

    private static LoadResult Summary(List<double>[] latencies, TimeSpan elapsed, long errors)
    {
        var all = new Latencies(latencies.SelectMany(l => l));
        return new LoadResult(all.Count / elapsed.TotalSeconds, all.At(0.50), all.At(0.95), all.At(0.99), all.Max, all.Count, errors);
    }

    internal static async Task<HttpClient> SignIn(string address, string user)
    {
        var http = new HttpClient { BaseAddress = new Uri(address) };
        var token = await Ok(http.PostAsJsonAsync("/api/auth/token", new { userName = user, password = Password }));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return http;
    }

    internal static async Task<JsonElement> Ok(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    internal static async Task<(string Connection, Func<Task> Drop)> ScratchDatabase(string provider)
    {
        if (provider != "postgres")
        {
            var file = Path.Combine(Path.GetTempPath(), $"libraryils-bench-{Guid.NewGuid():N}.db");
            return ($"Data Source={file}", () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // pooled connections would keep the file open
                foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(file) + "*")) File.Delete(f);
                return Task.CompletedTask;
            });
        }
        var admin = Environment.GetEnvironmentVariable("LIBRARYILS_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set LIBRARYILS_TEST_POSTGRES to a PostgreSQL admin connection string.");
        var name = "libraryils_bench_" + Guid.NewGuid().ToString("N")[..8];
        await Execute(admin, $"CREATE DATABASE {name}");
        // Only the database name: the host adds its own Npgsql settings, so the bench measures what an installation runs.
        return (new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await Execute(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    private static async Task Execute(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }
}
