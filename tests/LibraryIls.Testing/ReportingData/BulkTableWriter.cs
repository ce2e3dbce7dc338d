using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace LibraryIls.Testing.ReportingData;

/// <summary>How a column is stored, so one row shape can be written to SQLite (text/integers) and PostgreSQL (binary COPY).</summary>
/// <remarks>TextList is EF's primitive collection of strings: JSON text on SQLite, text[] on PostgreSQL.</remarks>
public enum ColumnKind { Guid, Text, Int, Long, Bool, Instant, InstantOffset, Day, Money, TextList }

public sealed record Column(string Name, ColumnKind Kind);

/// <summary>
/// Writes generated rows straight into a module's table as fast as the engine allows: on SQLite one
/// transaction and one prepared INSERT, on PostgreSQL a binary COPY. Test and benchmark data only.
/// </summary>
public sealed class BulkTableWriter(string provider, string connectionString)
{
    public bool IsSqlite => provider == TestDatabases.Sqlite;

    public string Table(string schema, string table) => IsSqlite ? $"\"{table}\"" : $"{schema}.\"{table}\"";

    public async Task<long> WriteAsync<T>(string schema, string table, IReadOnlyList<Column> columns, IEnumerable<T> rows,
        Func<T, object?[]> values, CancellationToken ct = default)
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        return IsSqlite
            ? await SqliteAsync($"INSERT INTO {Table(schema, table)} ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})", columns, rows, values, ct)
            : await PostgresAsync($"COPY {Table(schema, table)} ({names}) FROM STDIN (FORMAT BINARY)", columns, rows, values, ct);
    }

    public async Task ExecuteAsync(string sql, CancellationToken ct = default)
    {
        if (IsSqlite)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var command = new SqliteCommand(sql, connection);
            await command.ExecuteNonQueryAsync(ct);
            return;
        }
        await using var pg = new NpgsqlConnection(connectionString);
        await pg.OpenAsync(ct);
        await using var pgCommand = new NpgsqlCommand(sql, pg);
        await pgCommand.ExecuteNonQueryAsync(ct);
    }

    private async Task<long> SqliteAsync<T>(string sql, IReadOnlyList<Column> columns, IEnumerable<T> rows, Func<T, object?[]> values, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using (var pragma = new SqliteCommand("PRAGMA cache_size = -1000000", connection)) // 1 GB: index pages stay in memory
            await pragma.ExecuteNonQueryAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var command = new SqliteCommand(sql, connection, transaction);
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        command.Prepare();
        long count = 0;
        foreach (var row in rows)
        {
            var v = values(row);
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = Sqlite(columns[i].Kind, v[i]) ?? DBNull.Value;
            command.ExecuteNonQuery();
            count++;
        }
        await transaction.CommitAsync(ct);
        return count;
    }

    private static object? Sqlite(ColumnKind kind, object? value) => (kind, value) switch
    {
        (_, null) => null,
        (ColumnKind.Guid, Guid g) => g.ToString().ToUpperInvariant(),
        (ColumnKind.Bool, bool b) => b ? 1 : 0,
        (ColumnKind.Instant, DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        (ColumnKind.InstantOffset, DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + "+00:00",
        (ColumnKind.Day, DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        (ColumnKind.Money, decimal m) => m.ToString("0.0###", CultureInfo.InvariantCulture),
        (ColumnKind.TextList, string[] list) => System.Text.Json.JsonSerializer.Serialize(list),
        _ => value,
    };

    private async Task<long> PostgresAsync<T>(string copy, IReadOnlyList<Column> columns, IEnumerable<T> rows, Func<T, object?[]> values, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        // Synchronous writes: COPY buffers rows itself, and an await per value would cost more than the value.
        using var importer = connection.BeginBinaryImport(copy);
        var types = columns.Select(c => Postgres(c.Kind)).ToArray();
        long count = 0;
        foreach (var row in rows)
        {
            var v = values(row);
            importer.StartRow();
            for (var i = 0; i < types.Length; i++)
            {
                if (v[i] is null) importer.WriteNull();
                else importer.Write(v[i] is DateTime d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : v[i], types[i]);
            }
            count++;
        }
        importer.Complete();
        return count;
    }

    private static NpgsqlDbType Postgres(ColumnKind kind) => kind switch
    {
        ColumnKind.Guid => NpgsqlDbType.Uuid,
        ColumnKind.Text => NpgsqlDbType.Varchar,
        ColumnKind.Int => NpgsqlDbType.Integer,
        ColumnKind.Long => NpgsqlDbType.Bigint,
        ColumnKind.Bool => NpgsqlDbType.Boolean,
        ColumnKind.Instant or ColumnKind.InstantOffset => NpgsqlDbType.TimestampTz,
        ColumnKind.Day => NpgsqlDbType.Date,
        ColumnKind.TextList => NpgsqlDbType.Array | NpgsqlDbType.Text,
        _ => NpgsqlDbType.Numeric,
    };
}
