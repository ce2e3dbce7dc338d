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
    private const int SqliteParameters = 200;

    private readonly Table _table = Table.Of(db, typeof(T), ownerProperty);

    public Task InsertAsync(IEnumerable<T> rows, CancellationToken ct) => InsertAsync(rows.Select(r => (r, (object?)null)), ct);

    /// <summary>Rows whose owner (a record's heading: the record's id) is not set on the row itself, but given beside it.</summary>
    public async Task InsertAsync(IEnumerable<(T Row, object? Owner)> rows, CancellationToken ct)
    {
        var connection = await ConnectionAsync(ct);
        if (connection is NpgsqlConnection postgres)
        {
            await using var copy = await postgres.BeginBinaryImportAsync(
                $"COPY {_table.Name} ({string.Join(", ", _table.Columns.Select(c => c.Quoted))}) FROM STDIN (FORMAT BINARY)", ct);
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
        if (db.Provider == DatabaseProvider.Sqlite && _table.Columns.All(c => c.IsPlain))
        {
            InsertPrepared((SqliteConnection)connection, rows);
            return;
        }
        var text = $"INSERT INTO {_table.Name} ({string.Join(", ", _table.Columns.Select(c => c.Quoted))}) VALUES ";
        await RunAsync(connection, rows, _table.Columns, n => text + Tuples(n, _table.Columns.Count, null), ct);
    }

    /// <summary>Sets the given properties of rows that exist, found by their key: one statement per slice of rows.</summary>
    public async Task UpdateAsync(IEnumerable<T> rows, IReadOnlyList<string> properties, CancellationToken ct)
    {
        var connection = await ConnectionAsync(ct);
        var columns = _table.Key.Concat(properties.Select(p => _table.All.Single(c => c.Property.Name == p))).ToList();
        var names = string.Join(", ", columns.Select(c => c.Quoted));
        var set = string.Join(", ", columns.Skip(_table.Key.Count).Select(c => $"{c.Quoted} = v.{c.Quoted}"));
        var match = string.Join(" AND ", _table.Key.Select(c => $"t.{c.Quoted} = v.{c.Quoted}"));
        string Statement(int n) => db.Provider switch
        {
            DatabaseProvider.Sqlite => $"WITH v({names}) AS (VALUES {Tuples(n, columns.Count, null)}) UPDATE {_table.Name} AS t SET {set} FROM v WHERE {match}",
            // The first row's casts give PostgreSQL the types of the VALUES list, which nulls alone would leave as text.
            DatabaseProvider.Postgres => $"UPDATE {_table.Name} AS t SET {set} FROM (VALUES {Tuples(n, columns.Count, columns)}) AS v({names}) WHERE {match}",
            _ => $"UPDATE t SET {set} FROM {_table.Name} AS t JOIN (VALUES {Tuples(n, columns.Count, null)}) AS v({names}) ON {match}",
        };
        await RunAsync(connection, rows.Select(r => (r, (object?)null)), columns, Statement, ct);
    }

    /// <summary>
    /// SQLite, for tables of numbers, text and ids only (the OPAC's words, headings): one single-row INSERT prepared once
    /// and run per row through SQLite's own interface, values bound by place. Microsoft.Data.Sqlite would look each
    /// parameter's name up in the statement, and the JSON text this replaced had to be written and then parsed again by
    /// SQLite: the OPAC's words went in 10–15% faster. Runs in the connection's open transaction, as every statement on it.
    /// </summary>
    private void InsertPrepared(SqliteConnection connection, IEnumerable<(T Row, object? Owner)> rows)
    {
        var handle = connection.Handle!;
        var text = $"INSERT INTO {_table.Name} ({string.Join(", ", _table.Columns.Select(c => c.Quoted))}) VALUES ({string.Join(", ", _table.Columns.Select(_ => "?"))})";
        Check(handle, raw.sqlite3_prepare_v2(handle, text, out var statement));
        using (statement)
        {
            foreach (var (row, owner) in rows)
            {
                for (var i = 0; i < _table.Columns.Count; i++)
                {
                    var at = i + 1;
                    switch (_table.Columns[i].Value(row, owner))
                    {
                        case null: raw.sqlite3_bind_null(statement, at); break;
                        case string value: raw.sqlite3_bind_text(statement, at, value); break;
                        // As Microsoft.Data.Sqlite binds them for EF: ids as upper-case text, flags as 0 and 1.
                        case Guid id: raw.sqlite3_bind_text(statement, at, id.ToString().ToUpperInvariant()); break;
                        case bool flag: raw.sqlite3_bind_int64(statement, at, flag ? 1 : 0); break;
                        case var number: raw.sqlite3_bind_int64(statement, at, Convert.ToInt64(number, CultureInfo.InvariantCulture)); break;
                    }
                }
                var step = raw.sqlite3_step(statement);
                // Read while the statement still holds it: SQLite's message for a broken constraint (the caller maps code 19).
                if (step != raw.SQLITE_DONE) Check(handle, step);
                raw.sqlite3_reset(statement);
            }
        }
    }

    private static void Check(sqlite3 handle, int code)
    {
        if (code != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(code, handle);
    }

    private async Task<DbConnection> ConnectionAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        return db.Database.GetDbConnection();
    }

    private async Task RunAsync(DbConnection connection, IEnumerable<(T Row, object? Owner)> rows, List<Column> columns,
        Func<int, string> statement, CancellationToken ct)
    {
        // SQL Server takes at most 2,100 parameters per command. Microsoft.Data.Sqlite binds each parameter by looking its
        // name up in the statement, a linear search, so binding costs the square of the count: a few hundred is the sweet spot.
        var perCommand = Math.Max(1, Math.Min(400, (db.Provider == DatabaseProvider.Sqlite ? SqliteParameters : 2000) / columns.Count));
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

    private static DbCommand Prepare(DbConnection connection, string text, int rows, List<Column> columns)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns.Count; c++)
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, Name(r, c), null, columns[c].Property.IsNullable));
        return command;
    }

    private static string Tuples(int rows, int columns, List<Column>? castFirst)
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

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping, string Quoted, string StoreTypeBase, bool IsOwner)
    {
        private static readonly Type[] PlainTypes = [typeof(string), typeof(Guid), typeof(bool), typeof(long), typeof(int), typeof(short), typeof(byte)];

        /// <summary>Stored as a number, text or id, bound as they are (not instants, dates, money or bytes, whose text EF formats).</summary>
        public bool IsPlain { get; } = PlainTypes.Contains(Nullable.GetUnderlyingType(Mapping.Converter?.ProviderClrType ?? Property.ClrType)
                                                          ?? Mapping.Converter?.ProviderClrType ?? Property.ClrType);

        private readonly Func<object, object?> _get = Property.GetGetter().GetClrValueUsingContainingEntity;

        public object? Value(object row, object? owner)
        {
            var value = IsOwner && owner is not null ? owner : _get(row);
            if (value is null) return null;
            if (Mapping.Converter is { } converter) value = converter.ConvertToProvider(value);
            // PostgreSQL's smallint is written from a short; the model keeps small enums as bytes.
            return value is byte b && StoreTypeBase == "smallint" ? (short)b : value;
        }
    }

    private sealed record Table(string Name, List<Column> Columns, List<Column> Key, List<Column> All)
    {
        public static Table Of(CatalogDbContext db, Type type, string? ownerProperty)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the catalogue's model.");
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var name = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
            var all = entity.GetProperties().Select(p =>
            {
                var mapping = (RelationalTypeMapping)p.GetRelationalTypeMapping();
                var storeType = mapping.StoreTypeNameBase;
                return new Column(p, mapping, $"\"{p.GetColumnName(store)}\"", storeType, p.Name == ownerProperty);
            }).ToList();
            // Keys the database numbers itself (identity columns) are left to it.
            var written = all.Where(c => !(c.Property.IsPrimaryKey() && c.Property.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd
                                          && (c.Property.ClrType == typeof(long) || c.Property.ClrType == typeof(int)))).ToList();
            var key = entity.FindPrimaryKey()!.Properties.Select(p => all.Single(c => c.Property == p)).ToList();
            return new Table(name, written, key, all);
        }
    }
}
