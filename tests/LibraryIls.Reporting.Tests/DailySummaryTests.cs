using System.Data.Common;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Testing.ReportingData;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LibraryIls.Reporting.Tests;

/// <summary>
/// The daily views (summary kept by the rollup jobs + rows not summarised yet) against the rows the test wrote,
/// counted here per Vietnamese day: before a rollup, after it, after more rows for days already summarised, and
/// (PostgreSQL) with an event that commits after a rollup has begun.
/// </summary>
public sealed class DailySummaryTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    private sealed record Counted(long Count, long Rows);

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_events_and_visits_written_before_and_after_rollups_When_the_daily_views_are_read_Then_they_equal_the_rows_written(string provider)
    {
        var api = await apis.For(provider);
        var network = await ReportingNetwork.CreateAsync(api);
        var db = GeneratedYears.Writer(api);
        var events = new YearGenerator(11, network.Sites).CirculationEvents(2025, 700).ToList();
        var visits = new YearGenerator(11, network.Sites).Visits(2025, 300).ToList();
        var written = new List<CirculationEventRowV1>();
        var recorded = new List<VisitRowV1>();
        async Task Write(IEnumerable<CirculationEventRowV1> e, IEnumerable<VisitRowV1> v)
        {
            written.AddRange(e);
            recorded.AddRange(v);
            await new CirculationEventsWriter().WriteAsync(db, e);
            await new VisitsWriter().WriteAsync(db, v);
        }
        async Task ShouldMatch()
        {
            ShouldEqual(await DailyEventsAsync(api), EventsByDay(written));
            ShouldEqual(await DailyVisitsAsync(api), VisitsByDay(recorded));
        }

        await Write(events.Take(400), visits.Take(200));
        await ShouldMatch();
        await ReportingRollups.RunAsync(api.Services);
        await ShouldMatch();
        (await ScalarAsync(api, """SELECT COUNT(*) FROM {0} WHERE "Summarised" = {1}""", "circulation", "cir_events")).ShouldBe(0);

        // An offline upload of a day already summarised, an event a second before the Vietnam new year (still 2025 there)
        // and a count entered late for a past day: each lands in its own day, in the summary's rows or beside them.
        var summarisedDay = written[0];
        var late = new List<CirculationEventRowV1>
        {
            summarisedDay with { OccurredAtUtc = summarisedDay.OccurredAtUtc.AddMinutes(1) },
            summarisedDay with { OccurredAtUtc = YearGenerator.VietnamMidnightUtc(new DateOnly(2026, 1, 1)).AddSeconds(-1) },
        };
        await Write(events.Skip(400).Concat(late), visits.Skip(200).Append(recorded[0] with { Count = 7 }));
        await ShouldMatch();
        await ReportingRollups.RunAsync(api.Services);
        await ShouldMatch();

        if (provider == TestDatabases.Postgres) await LateCommitIsCountedOnce(api, network, written);
    }

    /// <summary>
    /// PostgreSQL hands out identities at insert and makes rows visible at commit: an event inserted before a rollup and
    /// committed after it must be counted live, then summarised by the next run, never skipped nor counted twice.
    /// </summary>
    private static async Task LateCommitIsCountedOnce(LibraryIlsApi api, ReportingNetwork network, List<CirculationEventRowV1> written)
    {
        var site = network.Sites.First(s => s.IsLibrary);
        var at = new DateTime(2025, 6, 1, 3, 0, 0, DateTimeKind.Utc);
        await using var connection = new NpgsqlConnection(api.Services.GetRequiredService<ConnectedDatabase>().ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO circulation.cir_events ("Kind", "OccurredAt", "SiteId", "SiteLevel", "Count") VALUES ('CheckOut', @at, @site, @level, 1)
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue("at", at);
            insert.Parameters.AddWithValue("site", site.Id);
            insert.Parameters.AddWithValue("level", site.Level);
            await insert.ExecuteNonQueryAsync();
        }
        await ReportingRollups.RunAsync(api.Services, ReportingRollups.CirculationDays);
        ShouldEqual(await DailyEventsAsync(api), EventsByDay(written));
        await transaction.CommitAsync();
        written.Add(new CirculationEventRowV1(0, "CheckOut", at, site.Id, site.Level, null, null, null, null, 1));

        ShouldEqual(await DailyEventsAsync(api), EventsByDay(written));
        await ReportingRollups.RunAsync(api.Services, ReportingRollups.CirculationDays);
        ShouldEqual(await DailyEventsAsync(api), EventsByDay(written));
    }

    /// <summary>Compares as sets of (group, counts), naming only the groups that differ.</summary>
    private static void ShouldEqual(Dictionary<string, Counted> actual, Dictionary<string, Counted> expected) =>
        actual.Keys.Union(expected.Keys).Where(k => actual.GetValueOrDefault(k) != expected.GetValueOrDefault(k))
            .Select(k => $"{k}: view {actual.GetValueOrDefault(k)}, rows {expected.GetValueOrDefault(k)}").ShouldBeEmpty();

    private static Dictionary<string, Counted> EventsByDay(IEnumerable<CirculationEventRowV1> rows) =>
        rows.GroupBy(e => Key(DateOnly.FromDateTime(e.OccurredAtUtc.AddHours(7)), e.Kind, e.SiteId, e.SiteLevel, e.ReaderCategory))
            .ToDictionary(g => g.Key, g => new Counted(g.Sum(e => (long)e.Count), g.LongCount()));

    private static Dictionary<string, Counted> VisitsByDay(IEnumerable<VisitRowV1> rows) =>
        rows.GroupBy(v => Key(v.Date, v.SiteId, v.SiteCode, v.SiteLevel, v.IsRural, v.CategoryCode))
            .ToDictionary(g => g.Key, g => new Counted(g.Sum(v => v.Count), 0));

    private static string Key(params object?[] parts) =>
        string.Join("|", parts.Select(p => p switch
        {
            null => "-",
            DateOnly d => d.ToString("yyyy-MM-dd"),
            DateTime d => DateOnly.FromDateTime(d).ToString("yyyy-MM-dd"),
            Guid g => g.ToString(),
            string s when Guid.TryParse(s, out var g) => g.ToString(),
            bool b => b ? "1" : "0",
            long or int => Convert.ToInt64(p) != 0 ? "1" : "0",
            _ => p.ToString(),
        }));

    private static async Task<Dictionary<string, Counted>> DailyEventsAsync(LibraryIlsApi api) =>
        await GroupedAsync(api, """
            SELECT "Day", "Kind", "SiteId", "SiteLevel", "ReaderCategory", SUM("Count"), SUM("Events") FROM {0}
            GROUP BY "Day", "Kind", "SiteId", "SiteLevel", "ReaderCategory"
            """, "circulation", CirculationDailyRowV1.ViewName, 5);

    private static async Task<Dictionary<string, Counted>> DailyVisitsAsync(LibraryIlsApi api) =>
        await GroupedAsync(api, """
            SELECT "Date", "SiteId", "SiteCode", "SiteLevel", "IsRural", "CategoryCode", SUM("Count"), 0 FROM {0}
            GROUP BY "Date", "SiteId", "SiteCode", "SiteLevel", "IsRural", "CategoryCode"
            """, "patrons", VisitRowV1.ViewName, 6);

    private static async Task<Dictionary<string, Counted>> GroupedAsync(LibraryIlsApi api, string sql, string schema, string view, int keys)
    {
        await using var connection = await OpenAsync(api);
        await using var command = connection.CreateCommand();
        command.CommandText = string.Format(sql, Table(api, schema, view));
        var result = new Dictionary<string, Counted>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var parts = Enumerable.Range(0, keys).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray();
            if (parts[0] is string day) parts[0] = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
            result[Key(parts)] = new Counted(Convert.ToInt64(reader.GetValue(keys)), Convert.ToInt64(reader.GetValue(keys + 1)));
        }
        return result;
    }

    private static async Task<long> ScalarAsync(LibraryIlsApi api, string sql, string schema, string table)
    {
        await using var connection = await OpenAsync(api);
        await using var command = connection.CreateCommand();
        command.CommandText = string.Format(sql, Table(api, schema, table), api.Provider == TestDatabases.Sqlite ? "0" : "FALSE");
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static string Table(LibraryIlsApi api, string schema, string name) =>
        api.Provider == TestDatabases.Sqlite ? $"\"{name}\"" : $"{schema}.\"{name}\"";

    private static async Task<DbConnection> OpenAsync(LibraryIlsApi api)
    {
        var connectionString = api.Services.GetRequiredService<ConnectedDatabase>().ConnectionString;
        DbConnection connection = api.Provider == TestDatabases.Sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
