using LibraryIls.BuildingBlocks.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace LibraryIls.Host.Data;

/// <summary>Every module's migrations, applied or checked together.</summary>
internal sealed class DatabaseMigrations(IServiceProvider services, IEnumerable<ModuleDbContextRegistration> modules,
    ConnectedDatabase database, ILogger<DatabaseMigrations> log)
{
    public IEnumerable<(string Module, DbContext Context)> Contexts() =>
        modules.Select(m => (m.Module, (DbContext)services.GetRequiredService(m.ContextType)));

    public async Task MigrateAsync(CancellationToken ct)
    {
        if (database.Provider == DatabaseProvider.Sqlite) await PrepareSqliteAsync(ct);
        foreach (var (module, context) in Contexts())
        {
            // EF reads the history table to learn it is missing and logs that as a failed command (dotnet/efcore#37328),
            // which alarms whoever reads a first start's log; creating the empty table first avoids the probe failing.
            // (Its own existence check is the same probe, so the idempotent CREATE … IF NOT EXISTS is simply run.)
            if (await context.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct))
                await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
            var pending = (await context.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count == 0) continue;
            log.LogInformation("Migrating {Module}: {Migrations}", module, string.Join(", ", pending));
            await context.Database.MigrateAsync(ct);
        }
    }

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct)
    {
        var result = new List<string>();
        foreach (var (module, context) in Contexts())
            result.AddRange((await context.Database.GetPendingMigrationsAsync(ct)).Select(m => $"{module}: {m}"));
        return result;
    }

    /// <summary>
    /// WAL lets the desks read while one writer commits; the mode is stored in the file, so once is enough.
    /// The pages stay SQLite's 4 KB: larger pages make a bulk import a little faster, but every desk commit writes its
    /// pages whole to the WAL, and the desk's checkouts and returns slow down far more than the import gains.
    /// </summary>
    private async Task PrepareSqliteAsync(CancellationToken ct)
    {
        var builder = new SqliteConnectionStringBuilder(database.ConnectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:")
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(ct);
    }
}
