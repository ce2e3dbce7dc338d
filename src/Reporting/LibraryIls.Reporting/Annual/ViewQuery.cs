using System.Data.Common;
using System.Globalization;
using LibraryIls.BuildingBlocks.Data;

namespace LibraryIls.Reporting.Annual;

/// <summary>
/// One parameterised aggregate query over a published view, written once for the three engines: views are
/// schema-qualified on SQL Server and PostgreSQL, bare on SQLite; identifiers in double quotes; values as
/// parameters, converted to the way each engine stores them (SQLite keeps Guids and instants as text).
/// </summary>
internal sealed class ViewQuery : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly DatabaseProvider _provider;

    public ViewQuery(DbConnection connection, DatabaseProvider provider)
    {
        _command = connection.CreateCommand();
        _command.CommandTimeout = 600;
        _provider = provider;
    }

    public static string View(DatabaseProvider provider, string schema, string view) =>
        provider == DatabaseProvider.Sqlite ? $"\"{view}\"" : $"{schema}.\"{view}\"";

    public string View(string schema, string view) => View(_provider, schema, view);

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    public string Value(object? value)
    {
        var parameter = _command.CreateParameter();
        parameter.ParameterName = "@p" + _command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        parameter.Value = Convert(value) ?? DBNull.Value;
        _command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }

    /// <summary>The site filter of a scoped report, or nothing for the whole network.</summary>
    public string InScope(string column, IReadOnlyCollection<Guid>? sites) =>
        sites is null ? "1=1" : sites.Count == 0 ? "1=0" : $"{column} IN ({string.Join(",", sites.Select(s => Value(s)))})";

    /// <summary>The month bucket (0-based) of an instant or a day column, by comparisons only: no per-row date functions.</summary>
    public string MonthOf(string column, ReportPeriod period, bool instant)
    {
        var boundaries = period.MonthBoundaries();
        var cases = string.Concat(boundaries.Skip(1).SkipLast(1).Select((b, i) =>
            $" WHEN {column} < {Value(instant ? ReportPeriod.StartOfDayUtc(b) : b)} THEN {i}"));
        return $"CASE{cases} ELSE {boundaries.Count - 2} END";
    }

    public string Instant(DateTime utc) => Value(utc);

    public string Day(DateOnly day) => Value(day);

    public async Task<List<object?[]>> RowsAsync(string sql, CancellationToken ct)
    {
        var rows = new List<object?[]>();
        await ForEachRowAsync(sql, row => rows.Add((object?[])row.Clone()), ct);
        return rows;
    }

    /// <summary>Streams the rows through one buffer (overwritten by the next row): memory stays flat however many rows come.</summary>
    public async Task ForEachRowAsync(string sql, Action<object?[]> each, CancellationToken ct)
    {
        _command.CommandText = sql;
        await using var reader = await _command.ExecuteReaderAsync(ct);
        var row = new object?[reader.FieldCount];
        while (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            each(row);
        }
    }

    private object? Convert(object? value) => (_provider, value) switch
    {
        (DatabaseProvider.Sqlite, Guid g) => g.ToString().ToUpperInvariant(),
        (DatabaseProvider.Sqlite, DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        (DatabaseProvider.Sqlite, DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        (_, DateTime d) => DateTime.SpecifyKind(d, DateTimeKind.Utc),
        _ => value,
    };

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}

/// <summary>Reads the loosely typed values of an aggregate row the same way on every engine.</summary>
internal static class RowValues
{
    public static decimal Number(object? value) => value is null ? 0m : System.Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    public static int Int(object? value) => value is null ? 0 : System.Convert.ToInt32(value, CultureInfo.InvariantCulture);

    public static bool Flag(object? value) => value switch
    {
        null => false,
        bool b => b,
        _ => System.Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
    };

    public static string Text(object? value) => value switch
    {
        null => "",
        Guid g => g.ToString(),
        string s when Guid.TryParse(s, out var g) => g.ToString(),
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
