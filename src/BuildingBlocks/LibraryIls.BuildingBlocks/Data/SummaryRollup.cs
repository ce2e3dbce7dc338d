using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.BuildingBlocks.Data;

/// <summary>
/// The statements that move not-yet-summarised rows into a daily summary table, per engine. Every row carries a
/// 'summarised' marker, so the summary plus the unmarked rows is exact at every instant, whatever a row's date.
/// <para>SQLite (one writer): inside one write transaction, <see cref="SqliteCut"/> returns the highest key of the next
/// batch of unmarked rows (@batch), <see cref="SqliteAdd"/> adds the unmarked rows up to it (@max) to the summary and
/// <see cref="SqliteMark"/> marks them. PostgreSQL: one statement (@batch, @after) that marks, adds and returns how many
/// rows it moved and their highest key; it must be exact under concurrency on its own. @after (from
/// <see cref="PostgresStart"/>, then the previous batch's highest key) only tells the next batch of the same run where
/// to start reading the partial index, past the entries of the rows just marked, which stay in the index until vacuum;
/// it is no watermark: a row below it committed late stays unmarked, is counted live, and the next run starts from
/// the beginning again. SQL Server: one statement (@batch) that marks, adds and returns how many rows it moved.</para>
/// </summary>
public sealed record SummaryRollupSql(string SqliteCut, string SqliteAdd, string SqliteMark, string Postgres, object PostgresStart, string SqlServer);

public static class SummaryRollup
{
    /// <summary>Moves batches of at most <paramref name="batch"/> rows until a batch comes back short; returns the rows moved.</summary>
    public static async Task<long> RunAsync(DbContext db, DatabaseProvider provider, SummaryRollupSql sql, int batch, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            long total = 0, moved;
            var after = sql.PostgresStart;
            do
            {
                (moved, after) = provider switch
                {
                    DatabaseProvider.Sqlite => (await SqliteBatchAsync(db, sql, batch, ct), after),
                    DatabaseProvider.Postgres => await PostgresBatchAsync(db.Database.GetDbConnection(), sql.Postgres, batch, after, ct),
                    _ => (await ScalarAsync(db.Database.GetDbConnection(), null, sql.SqlServer, ct, ("@batch", batch)), after),
                };
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

    private static async Task<(long Moved, object After)> PostgresBatchAsync(DbConnection connection, string sql, int batch, object after,
        CancellationToken ct)
    {
        await using var command = Command(connection, null, sql, [("@batch", batch), ("@after", after)]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var moved = reader.GetInt64(0);
        return (moved, moved == 0 ? after : reader.GetValue(1));
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
