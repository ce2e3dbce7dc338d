using Microsoft.EntityFrameworkCore;

namespace LibraryIls.BuildingBlocks.Data;

/// <summary>Points a DbContext at the configured engine, with the module's own migrations history table.</summary>
public static class ProviderOptions
{
    public const string HistoryTable = "__ef_migrations";

    public static DbContextOptionsBuilder UseModuleDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, string schema) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString,
                o => o.MigrationsHistoryTable($"{HistoryTable}_{schema}")).AddInterceptors(SqliteWriteGate.Instance),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString,
                o => o.MigrationsHistoryTable(HistoryTable, schema)),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString,
                o => o.MigrationsHistoryTable(HistoryTable, schema)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
}
