using System.Data.Common;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Imports;
using LibraryIls.Catalog.Records;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>
/// The number mapping's indexes by old number and by copy hold renumbered copies only (an import spares two index entries
/// per copy). Every lookup by either (the desk's old labels, relabelling one copy or a scanned list, the library's
/// relabelling round) must still be answered by them: a query that no longer says "renumbered" would read every copy
/// ever imported at each scan.
/// </summary>
public sealed class NumberMappingIndexTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_the_lookups_by_old_label_and_by_copy_When_planned_Then_each_reads_an_index_of_renumbered_copies(string provider)
    {
        var api = await apis.For(provider);
        var siteCode = await api.SiteAsync();
        await using var scope = api.Services.CreateAsyncScope();
        var commands = new CommandsOf("cat_import_copies");
        await using var db = Watched(scope.ServiceProvider, commands);
        var sites = scope.ServiceProvider.GetRequiredService<ISiteDirectory>();
        var site = (await sites.FindByCodeAsync(siteCode, default))!;
        var record = BibliographicRecord.Create(TestRecords.Novel("Tắt đèn", "Ngô Tất Tố", "895.92233"), "cataloguer", DateTimeOffset.UtcNow);
        var copy = Copy.Create(record.Id, Unique.Code("TD"), site, new CopyDetails(CopyLocation.Lending, "SACH", "895.922 33 T118Đ", null,
            new DateOnly(2026, 1, 5), AcquisitionSource.Purchase), DateTimeOffset.UtcNow);
        db.Records.Add(record);
        db.Copies.Add(copy);
        await db.SaveChangesAsync();

        await OldLabels.OnceLabelledAsync(db, "VB.000123", default);
        await OldLabels.StillCarryingAsync(db, "VB.000123", default);
        await Should.ThrowAsync<Exception>(() => Relabelling.RelabelAsync(db, copy.Id, DateTimeOffset.UtcNow, default));
        await Relabelling.RelabelAllAsync(db, [copy.RegistrationNumber], DateTimeOffset.UtcNow, default);
        await RelabelList.OfSiteAsync(sites, db, siteCode, default);
        var seen = commands.Seen;

        seen.Count.ShouldBe(5);
        foreach (var (text, parameters) in seen)
        {
            var plan = await PlanAsync(db, text, parameters);
            plan.ShouldMatch(@"IX_cat_import_copies_(OriginalNumber|CopyId)", $"{text}\nis planned as\n{plan}");
        }
    }

    /// <summary>
    /// How the engine runs the statement with its parameters: SQLite's query plan; PostgreSQL's, with sequential scans made
    /// the last resort so that the tables' few test rows do not hide which indexes it could use.
    /// </summary>
    private static async Task<string> PlanAsync(CatalogDbContext db, string statement, List<DbParameter> parameters)
    {
        var postgres = db.Provider == DatabaseProvider.Postgres;
        await db.Database.OpenConnectionAsync();
        try
        {
            if (postgres) await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
            await using var explain = db.Database.GetDbConnection().CreateCommand();
            explain.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + statement;
            explain.Parameters.AddRange(parameters.ToArray());
            var lines = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
                while (await reader.ReadAsync()) lines.Add(Convert.ToString(reader.GetValue(reader.FieldCount - 1), System.Globalization.CultureInfo.InvariantCulture)!);
            return string.Join('\n', lines);
        }
        finally
        {
            // The connection goes back to the pool as it came.
            if (postgres) await db.Database.ExecuteSqlRawAsync("RESET enable_seqscan");
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// A context of the engine under test, configured as the application's, that tells <paramref name="watcher"/> each command
    /// it sends (the pooled ones cannot take an interceptor).
    /// </summary>
    private static CatalogDbContext Watched(IServiceProvider services, IInterceptor watcher) => services.GetRequiredService<CatalogDbContext>() switch
    {
        SqliteCatalogDbContext => new SqliteCatalogDbContext(With<SqliteCatalogDbContext>(services, watcher)),
        PostgresCatalogDbContext => new PostgresCatalogDbContext(With<PostgresCatalogDbContext>(services, watcher)),
        var other => throw new NotSupportedException(other.GetType().Name),
    };

    private static DbContextOptions<T> With<T>(IServiceProvider services, IInterceptor watcher) where T : DbContext =>
        new DbContextOptionsBuilder<T>(services.GetRequiredService<DbContextOptions<T>>()).AddInterceptors(watcher).Options;

    /// <summary>The queries a context runs that name a table: their text, and their parameters kept apart from EF's own.</summary>
    private sealed class CommandsOf(string table) : DbCommandInterceptor
    {
        public List<(string Text, List<DbParameter> Parameters)> Seen { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains(table, StringComparison.Ordinal))
                Seen.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(Kept)]));
            return ValueTask.FromResult(result);
        }

        /// <summary>A parameter kept with its engine's own type (an id as text on SQLite, a list as an array on PostgreSQL): EF reuses its own.</summary>
        private static DbParameter Kept(DbParameter parameter) => parameter switch
        {
            Npgsql.NpgsqlParameter postgres => postgres.Clone(),
            Microsoft.Data.Sqlite.SqliteParameter sqlite => new Microsoft.Data.Sqlite.SqliteParameter(sqlite.ParameterName, sqlite.Value) { SqliteType = sqlite.SqliteType },
            _ => throw new NotSupportedException(parameter.GetType().Name),
        };
    }
}
