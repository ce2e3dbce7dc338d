using System.Diagnostics;
using LibraryIls.Bench.Circulation;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc.Generation;
using LibraryIls.Catalog.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LibraryIls.Bench.Opac;

/// <summary>
/// The OPAC words of an import's new records, alone: N generated records' words cut (timed apart) and written through
/// <see cref="SearchIndexWriter"/> a chunk of 1,000 records per transaction, as the import's commit writes them, into
/// a migrated SQLite catalogue; CPU seconds of this process, wall clock and file size printed. --before writes them
/// as before the word-ordered table: the catalogue migrated up to OpacChangeFeed, the rows unsorted.
/// Usage: bench opac words [--records 100000] [--before]
/// </summary>
internal static class OpacWordsBench
{
    private const int Chunk = 1000;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.SkipWhile(a => a != "--records").Skip(1).Select(int.Parse).FirstOrDefault(100_000);
        var before = args.Contains("--before");
        var marcs = new VietnameseRecordGenerator(seed: 100_000).Records(count).ToList();
        var (connection, drop) = await CirculationBench.ScratchDatabase("sqlite");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteCatalogDbContext>();
            options.UseModuleDatabase(DatabaseProvider.Sqlite, connection, CatalogDbContext.SchemaName);
            await using var db = new SqliteCatalogDbContext(options.Options);
            await db.GetService<IMigrator>().MigrateAsync(before ? "OpacChangeFeed" : null);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            await db.Database.ExecuteSqlRawAsync(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {0}) INSERT INTO \"cat_search_documents\" "
                + "(\"DocNo\", \"RecordId\", \"ChangedAt\", \"IsDeleted\", \"IsLocalStudies\", \"Version\") SELECT i, upper(hex(randomblob(16))), '2026-12-03', 0, 0, 0 FROM n", count);

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var words = marcs.Select(RecordWords.Of).ToList();
            var cutting = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var clock = Stopwatch.StartNew();
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            await db.Database.OpenConnectionAsync();
            for (var done = 0; done < count; done += Chunk)
            {
                var rows = Enumerable.Range(done, Math.Min(Chunk, count - done))
                    .SelectMany(i => words[i].Select(w => ((long)i + 1, w.Field, w.Position, w.Word))).ToList();
                await using var transaction = await db.Database.BeginTransactionAsync();
                if (before) await new BulkRows<SearchToken>(db).InsertAsync(rows.Select(w => new SearchToken(w.Item1, w.Field, w.Position, w.Word)), default);
                else await new SearchIndexWriter(db).WriteWordsAsync(rows, default);
                await transaction.CommitAsync();
            }
            var writing = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            await db.Database.CloseConnectionAsync();
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(connection).DataSource;
            var bytes = Directory.GetFiles(Path.GetDirectoryName(file)!, Path.GetFileName(file) + "*").Sum(f => new FileInfo(f).Length);
            Console.WriteLine($"opac words{(before ? " (before)" : "")}: {count:N0} records, {words.Sum(w => w.Count):N0} words; cut in {cutting.TotalSeconds:F2} s CPU; "
                + $"written in {writing.TotalSeconds:F1} s CPU, {clock.Elapsed.TotalSeconds:F1} s wall; file {bytes / 1048576.0:F0} MB; "
                + $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            return 0;
        }
        finally
        {
            await drop();
        }
    }
}
