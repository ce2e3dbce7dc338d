using System.Data.Common;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Imports;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>
/// A committing batch's SQLite connection keeps statement journals in memory and a large page cache, does not flush each
/// chunk's commit and leaves the WAL to its one checkpoint at the end; the connection goes back to the pool afterwards, so
/// the next user (a desk's checkout, the OPAC) must find SQLite's own settings again, and the batch's pages must be in the
/// database file.
/// </summary>
public sealed class CommitConnectionTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Given_a_commit_on_SQLite_When_it_ends_Then_its_connection_has_its_former_settings_back()
    {
        var api = await apis.For(TestDatabases.Sqlite);
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        string[] pragmas = ["cache_size", "temp_store", "synchronous", "wal_autocheckpoint"];
        var before = await PragmasAsync(connection, pragmas);
        var pageBytes = await PragmaAsync(connection, "page_size");
        var wal = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection.ConnectionString).DataSource + "-wal";

        await using (await CommitConnection.PrepareAsync(db, default))
        {
            // temp_store MEMORY, synchronous NORMAL, 512 MB of WAL whatever the page size
            (await PragmasAsync(connection, pragmas)).ShouldBe([-128 * 1024, 2, 1, 512 * 1024 * 1024 / pageBytes]);
            await using var write = connection.CreateCommand();
            write.CommandText = "CREATE TABLE commit_connection_probe (x); "
                + "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) INSERT INTO commit_connection_probe SELECT i FROM n";
            await write.ExecuteNonQueryAsync();
            new FileInfo(wal).Length.ShouldBeGreaterThan(0);
        }

        (await PragmasAsync(connection, pragmas)).ShouldBe(before);
        before[0].ShouldNotBe(-128 * 1024);
        before[3].ShouldBeGreaterThan(0);
        new FileInfo(wal).Length.ShouldBe(0); // checkpointed into the database file
    }

    [Fact]
    public async Task Given_pages_committed_to_the_WAL_When_background_checkpoints_run_Then_they_reach_the_database_file_without_the_writer()
    {
        var file = Path.Combine(Path.GetTempPath(), $"checkpoints-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={file};Pooling=False";
        try
        {
            await using var writer = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
            await writer.OpenAsync();
            await using (var write = writer.CreateCommand())
            {
                // The writer never checkpoints itself, so its pages stay in the WAL unless somebody else copies them.
                write.CommandText = "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE probe (x); "
                    + "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) INSERT INTO probe SELECT printf('%040d', i) FROM n";
                await write.ExecuteNonQueryAsync();
            }
            var before = new FileInfo(file).Length;
            new FileInfo(file + "-wal").Length.ShouldBeGreaterThan(2_000_000);

            // A bound of one page: the first pass leaves the WAL past twice that, and the loop then only looks every eighth
            // turn. The loop's clock is the test's: each turn is reported once its pause has begun, and the test moves on.
            var time = new FakeTimeProvider();
            var passes = Channel.CreateUnbounded<BackgroundCheckpoints.Pass>();
            // Only a loop that stops turning could leave a read waiting: the deadline turns that hang into a failure.
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await using (BackgroundCheckpoints.Start(connectionString, bound: 1, time, pass => passes.Writer.TryWrite(pass)))
            {
                var first = await passes.Reader.ReadAsync(deadline.Token);
                first.Looked.ShouldBeTrue();
                first.WalPages.ShouldBeGreaterThan(2);
                var copied = new FileInfo(file).Length;
                copied.ShouldBeGreaterThan(before + 2_000_000, "the first pass copied the WAL's pages into the database file");

                await using (var write = writer.CreateCommand())
                {
                    write.CommandText = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) INSERT INTO probe SELECT printf('%041d', i) FROM n";
                    await write.ExecuteNonQueryAsync();
                }
                for (var turn = 1; turn < BackgroundCheckpoints.PausesBetweenLooks; turn++)
                {
                    time.Advance(BackgroundCheckpoints.Pause);
                    (await passes.Reader.ReadAsync(deadline.Token)).Looked.ShouldBeFalse($"turn {turn}: past twice the bound the loop leaves the checkpoint to the writer");
                    new FileInfo(file).Length.ShouldBe(copied);
                }
                time.Advance(BackgroundCheckpoints.Pause);
                (await passes.Reader.ReadAsync(deadline.Token)).Looked.ShouldBeTrue("every eighth turn it looks again");
                new FileInfo(file).Length.ShouldBeGreaterThan(copied + 2_000_000, "and copies what the writer did not");
            }
        }
        finally
        {
            foreach (var path in new[] { file, file + "-wal", file + "-shm" }) File.Delete(path);
        }
    }

    private static async Task<long[]> PragmasAsync(DbConnection connection, string[] names)
    {
        var values = new long[names.Length];
        for (var i = 0; i < names.Length; i++) values[i] = await PragmaAsync(connection, names[i]);
        return values;
    }

    private static async Task<long> PragmaAsync(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
