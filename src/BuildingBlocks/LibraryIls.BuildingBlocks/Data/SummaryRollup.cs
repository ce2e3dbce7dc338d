using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.BuildingBlocks.Data;

/// <summary>
/// The statements that move not-yet-summarised rows into a daily summary table, per engine. Every row carries a
/// 'summarised' marker, so the summary plus the unmarked rows is exact at every instant, whatever a row's date.
/// <para>SQLite (one writer): inside one write transaction, <see cref="SqliteCut"/> returns the highest key of the next
/// batch of unmarked rows (@batch), <see cref="SqliteAdd"/> adds the unmarked rows up to it (@max) to the summary and
/// <see cref="SqliteMark"/> marks them. PostgreSQL and SQL Server: one statement (@batch) that marks, adds and returns
/// how many rows it moved; it must be exact under concurrency on its own (no "highest id seen" watermark: identity
/// values become visible out of commit order).</para>
/// </summary>
public sealed record SummaryRollupSql(string SqliteCut, string SqliteAdd, string SqliteMark, string Postgres, string SqlServer);

public static class SummaryRollup
{
    /// <summary>Moves batches of at most <paramref name="batch"/> rows until a batch comes back short; returns the rows moved.</summary>
    public static async Task<long> RunAsync(DbContext db, DatabaseProvider provider, SummaryRollupSql sql, int batch, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            long total = 0, moved;
            do
            {
                moved = provider == DatabaseProvider.Sqlite
                    ? await SqliteBatchAsync(db, sql, batch, ct)
                    : await ScalarAsync(db.Database.GetDbConnection(), null,
                        provider == DatabaseProvider.Postgres ? sql.Postgres : sql.SqlServer, ct, ("@batch", batch));
                total += moved;
            } while (moved >= batch);
            return total;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<long> SqliteBatchAsync(DbContext db, SummaryRollupSql sql, int batch, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(ct); // BEGIN IMMEDIATE: the write lock first
        await using var cut = Command(connection, transaction, sql.SqliteCut, [("@batch", batch)]);
        var max = await cut.ExecuteScalarAsync(ct);
        if (max is null or DBNull) return 0;
        await ExecuteAsync(connection, transaction, sql.SqliteAdd, ct, ("@max", max));
        var moved = await ExecuteAsync(connection, transaction, sql.SqliteMark, ct, ("@max", max));
        await transaction.CommitAsync(ct);
        return moved;
    }

    private static async Task<long> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    private static async Task<long> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
