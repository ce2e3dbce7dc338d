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
/// The desk under load: the real API on Kestrel over loopback, N desk clients each scanning a book out and
/// back in as fast as they can. Prints throughput (checkouts + returns per second) and latency percentiles.
/// Usage: bench circulation [sqlite|postgres] [--clients 16] [--seconds 20]
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
            var result = await Load(address, desks, TimeSpan.FromSeconds(seconds));
            Console.WriteLine($"circulation {provider}: clients={clients} seconds={seconds} " +
                $"checkouts+returns/s={result.PerSecond:F0} p50={result.P50:F1}ms p95={result.P95:F1}ms p99={result.P99:F1}ms " +
                $"operations={result.Operations} errors={result.Errors}");
            await app.StopAsync();
            return result.Errors == 0 ? 0 : 1;
        }
        finally
        {
            await drop();
        }
    }

    private sealed record DeskClient(string Token, string Site, string Card, string[] Copies);

    private sealed record LoadResult(double PerSecond, double P50, double P95, double P99, long Operations, long Errors);

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

    private static async Task<LoadResult> Load(string address, List<DeskClient> desks, TimeSpan duration)
    {
        var latencies = new List<double>[desks.Count];
        var errors = 0L;
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(desks.Select((d, i) => Task.Run(async () =>
        {
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", d.Token);
            var mine = latencies[i] = new List<double>(100_000);
            for (var n = 0; deadline.Elapsed < duration; n++)
            {
                var copy = d.Copies[n % d.Copies.Length];
                foreach (var (path, body) in new (string, object)[]
                         {
                             ("/api/circulation/loans", new { cardNumber = d.Card, registrationNumber = copy, siteCode = d.Site }),
                             ("/api/circulation/returns", new { registrationNumber = copy, siteCode = d.Site }),
                         })
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await http.PostAsJsonAsync(path, body);
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                }
            }
        })));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(p * all.Length))];
        return new LoadResult(all.Length / deadline.Elapsed.TotalSeconds, Percentile(0.50), Percentile(0.95), Percentile(0.99), all.Length, errors);
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
        return (new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 100, MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 }.ConnectionString, async () =>
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
