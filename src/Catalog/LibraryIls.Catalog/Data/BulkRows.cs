using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using LibraryIls.BuildingBlocks.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SQLitePCL;

namespace LibraryIls.Catalog.Data;

/// <summary>
/// Writes many rows of one entity's table without the change tracker, by the engine's fast path: PostgreSQL's
/// binary COPY, elsewhere multi-row INSERTs on one prepared command. Columns, names and value conversions come
/// from the EF model, so the rows are stored exactly as a SaveChanges would store them. Joins the context's
/// current transaction; the caller owns it (and, on SQLite, the write gate).
/// </summary>
internal sealed class BulkRows<T>(CatalogDbContext db, string? ownerProperty = null) where T : class
{
    private readonly Table _table = Table.Of(db, typeof(T), ownerProperty);

    /// <summary>The table's name as SQL writes it (with its schema where the engine has one).</summary>
    public string TableName => _table.Name;

    public Task InsertAsync(IEnumerable<T> rows, CancellationToken ct) => InsertAsync(rows.Select(r => (r, (object?)null)), ct);

    /// <summary>Rows whose owner (a record's heading: the record's id) is not set on the row itself, but given beside it.</summary>
    public async Task InsertAsync(IEnumerable<(T Row, object? Owner)> rows, CancellationToken ct)
    {
        var connection = await ConnectionAsync(ct);
        var columns = ColumnList;
        if (connection is NpgsqlConnection postgres)
        {
            await using var copy = await postgres.BeginBinaryImportAsync($"COPY {_table.Name} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var (row, owner) in rows)
            {
                await copy.StartRowAsync(ct);
                foreach (var column in _table.Columns)
                {
                    if (column.Value(row, owner) is { } value) await copy.WriteAsync(value, column.StoreTypeBase, ct);
                    else await copy.WriteNullAsync(ct);
                }
            }
            await copy.CompleteAsync(ct);
            return;
        }
        if (connection is SqliteConnection sqlite)
        {
            RunPrepared(sqlite, SqliteInsert, rows, _table.Columns);
            return;
        }
        await RunAsync(connection, rows, _table.Columns, n => $"INSERT INTO {_table.Name} ({columns}) VALUES {Tuples(n, _table.Columns.Count, null)}", ct);
    }

    /// <summary>
    /// Rows whose key the database numbers (an identity column): on SQLite the numbers it gave them, in the rows' order, read
    /// as each goes in; elsewhere null, for the caller to read back (COPY and multi-row INSERTs do not tell them).
    /// </summary>
    public async Task<List<long>?> InsertNumberedAsync(IReadOnlyCollection<T> rows, CancellationToken ct)
    {
        if (await ConnectionAsync(ct) is not SqliteConnection sqlite)
        {
            await InsertAsync(rows, ct);
            return null;
        }
        var numbers = new List<long>(rows.Count);
        RunPrepared(sqlite, SqliteInsert, rows.Select(r => (r, (object?)null)), _table.Columns, numbers.Add);
        return numbers;
    }

    private string ColumnList => string.Join(", ", _table.Columns.Select(c => c.Quoted));

    private string SqliteInsert => $"INSERT INTO {_table.Name} ({ColumnList}) VALUES ({string.Join(", ", _table.Columns.Select(_ => "?"))})";

    /// <summary>Sets the given properties of rows that exist, found by their key: one statement per slice of rows.</summary>
    public async Task UpdateAsync(IEnumerable<T> rows, IReadOnlyList<string> properties, CancellationToken ct)
    {
        var connection = await ConnectionAsync(ct);
        var set = properties.Select(p => _table.All.Single(c => c.Property.Name == p)).ToList();
        if (connection is SqliteConnection sqlite)
        {
            RunPrepared(sqlite, $"UPDATE {_table.Name} SET {string.Join(", ", set.Select(c => $"{c.Quoted} = ?"))} WHERE {_table.KeyIsGiven}",
                rows.Select(r => (r, (object?)null)), [.. set, .. _table.Key]);
            return;
        }
        var columns = _table.Key.Concat(set).ToList();
        var names = string.Join(", ", columns.Select(c => c.Quoted));
        var assignments = string.Join(", ", set.Select(c => $"{c.Quoted} = v.{c.Quoted}"));
        var match = _table.KeyMatchesValues;
        string Statement(int n) => db.Provider switch
        {
            // The first row's casts give PostgreSQL the types of the VALUES list, which nulls alone would leave as text.
            DatabaseProvider.Postgres => $"UPDATE {_table.Name} AS t SET {assignments} FROM (VALUES {Tuples(n, columns.Count, columns)}) AS v({names}) WHERE {match}",
            _ => $"UPDATE t SET {assignments} FROM {_table.Name} AS t JOIN (VALUES {Tuples(n, columns.Count, null)}) AS v({names}) ON {match}",
        };
        await RunAsync(connection, rows.Select(r => (r, (object?)null)), columns, Statement, ct);
    }

    /// <summary>Deletes rows found by their key: on SQLite one prepared statement per row, elsewhere one statement per slice of rows.</summary>
    public async Task DeleteAsync(IEnumerable<T> rows, CancellationToken ct)
    {
        var connection = await ConnectionAsync(ct);
        var keyed = rows.Select(r => (r, (object?)null));
        if (connection is SqliteConnection sqlite)
        {
            RunPrepared(sqlite, $"DELETE FROM {_table.Name} WHERE {_table.KeyIsGiven}", keyed, _table.Key);
            return;
        }
        var names = string.Join(", ", _table.Key.Select(c => c.Quoted));
        var match = _table.KeyMatchesValues;
        string Statement(int n) => db.Provider == DatabaseProvider.Postgres
            ? $"DELETE FROM {_table.Name} AS t USING (VALUES {Tuples(n, _table.Key.Count, _table.Key)}) AS v({names}) WHERE {match}"
            : $"DELETE t FROM {_table.Name} AS t JOIN (VALUES {Tuples(n, _table.Key.Count, null)}) AS v({names}) ON {match}";
        await RunAsync(connection, keyed, _table.Key, Statement, ct);
    }

    /// <summary>
    /// SQLite: each row's values read as the EF model says and bound by place (<see cref="SqliteValues.RunPrepared{TRow}"/>), by a
    /// binder compiled once per statement and column list (<see cref="SqliteRowBinder"/>).
    /// </summary>
    private static void RunPrepared(SqliteConnection connection, string text, IEnumerable<(T Row, object? Owner)> rows, List<BulkColumn> columns,
        Action<long>? inserted = null)
    {
        // The statement names its columns in order; which of them is the owner's is all it does not say.
        var bind = Binders.GetOrAdd((text, columns.FindIndex(c => c.IsOwner)), _ => SqliteRowBinder.Compile<T>(columns));
        SqliteValues.RunPrepared(connection, text, rows, (statement, r) => bind(statement, r.Row, r.Owner), inserted);
    }

    private static readonly ConcurrentDictionary<(string Statement, int Owner), Action<sqlite3_stmt, T, object?>> Binders = new();

    private async Task<DbConnection> ConnectionAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        return db.Database.GetDbConnection();
    }

    private async Task RunAsync(DbConnection connection, IEnumerable<(T Row, object? Owner)> rows, List<BulkColumn> columns,
        Func<int, string> statement, CancellationToken ct)
    {
        // SQL Server takes at most 2,100 parameters per command.
        var perCommand = Math.Max(1, Math.Min(400, 2000 / columns.Count));
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        DbCommand? full = null;
        try
        {
            foreach (var slice in rows.Chunk(perCommand))
            {
                var command = slice.Length == perCommand && full is not null ? full : Prepare(connection, statement(slice.Length), slice.Length, columns);
                command.Transaction = transaction;
                var p = 0;
                foreach (var (row, owner) in slice)
                    foreach (var column in columns)
                        command.Parameters[p++].Value = column.Value(row, owner) ?? DBNull.Value;
                await command.ExecuteNonQueryAsync(ct);
                if (slice.Length == perCommand) full = command;
                else await command.DisposeAsync();
            }
        }
        finally
        {
            if (full is not null) await full.DisposeAsync();
        }
    }

    private static DbCommand Prepare(DbConnection connection, string text, int rows, List<BulkColumn> columns)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns.Count; c++)
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, Name(r, c), null, columns[c].Property.IsNullable));
        return command;
    }

    private static string Tuples(int rows, int columns, List<BulkColumn>? castFirst)
    {
        var text = new StringBuilder();
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                if (c > 0) text.Append(", ");
                if (r == 0 && castFirst is not null) text.Append("CAST(").Append(Name(r, c)).Append(" AS ").Append(castFirst[c].StoreTypeBase).Append(')');
                else text.Append(Name(r, c));
            }
            text.Append(')');
        }
        return text.ToString();
    }

    private static string Name(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"@r{row}c{column}");

    private sealed record Table(string Name, List<BulkColumn> Columns, List<BulkColumn> Key, List<BulkColumn> All)
    {
        /// <summary>The key's columns equal to the statement's parameters, by place: SQLite's single-row statements.</summary>
        public string KeyIsGiven => string.Join(" AND ", Key.Select(c => $"{c.Quoted} = ?"));

        /// <summary>The table's (t) key equal to that of a VALUES list (v): the multi-row statements of the other engines.</summary>
        public string KeyMatchesValues => string.Join(" AND ", Key.Select(c => $"t.{c.Quoted} = v.{c.Quoted}"));

        public static Table Of(CatalogDbContext db, Type type, string? ownerProperty)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the catalogue's model.");
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var name = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
            var all = entity.GetProperties().Select(p =>
            {
                var mapping = (RelationalTypeMapping)p.GetRelationalTypeMapping();
                var storeType = mapping.StoreTypeNameBase;
                return new BulkColumn(p, mapping, $"\"{p.GetColumnName(store)}\"", storeType, p.Name == ownerProperty);
            }).ToList();
            // Keys the database numbers itself (identity columns) are left to it.
            var written = all.Where(c => !(c.Property.IsPrimaryKey() && c.Property.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd
                                          && (c.Property.ClrType == typeof(long) || c.Property.ClrType == typeof(int)))).ToList();
            var key = entity.FindPrimaryKey()!.Properties.Select(p => all.Single(c => c.Property == p)).ToList();
            return new Table(name, written, key, all);
        }
    }
}
