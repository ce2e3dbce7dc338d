using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LibraryIls.Catalog.Data;

/// <summary>
/// Binds a value to a statement by place, stored exactly as Microsoft.Data.Sqlite stores it for EF (its value binder):
/// ids as upper-case text, flags as 0 and 1, instants, dates and prices as text in its formats, bytes as a blob.
/// BulkRowsTests compares what this writes with what SaveChanges writes, column by column.
/// </summary>
internal static class SqliteValues
{
    public static void Bind(sqlite3_stmt statement, int at, object? value)
    {
        var code = value switch
        {
            null => raw.sqlite3_bind_null(statement, at),
            string text => raw.sqlite3_bind_text(statement, at, text),
            Guid id => raw.sqlite3_bind_text(statement, at, id.ToString().ToUpperInvariant()),
            bool flag => raw.sqlite3_bind_int64(statement, at, flag ? 1 : 0),
            byte[] bytes => raw.sqlite3_bind_blob(statement, at, bytes),
            DateTimeOffset instant => raw.sqlite3_bind_text(statement, at, instant.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
            DateTime time => raw.sqlite3_bind_text(statement, at, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            DateOnly date => raw.sqlite3_bind_text(statement, at, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            TimeOnly clock => raw.sqlite3_bind_text(statement, at, clock.Ticks % TimeSpan.TicksPerSecond == 0
                ? clock.ToString(@"HH\:mm\:ss", CultureInfo.InvariantCulture) : clock.ToString(@"HH\:mm\:ss\.fffffff", CultureInfo.InvariantCulture)),
            TimeSpan span => raw.sqlite3_bind_text(statement, at, span.ToString("c", CultureInfo.InvariantCulture)),
            decimal money => raw.sqlite3_bind_text(statement, at, money.ToString("0.0###########################", CultureInfo.InvariantCulture)),
            double real => raw.sqlite3_bind_double(statement, at, real),
            float real => raw.sqlite3_bind_double(statement, at, real),
            char letter => raw.sqlite3_bind_text(statement, at, letter.ToString()),
            byte or sbyte or short or ushort or int or uint or long => raw.sqlite3_bind_int64(statement, at, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException($"No SQLite binding for a {value.GetType().Name}."),
        };
        if (code != raw.SQLITE_OK) throw new InvalidOperationException($"SQLite refused value {at} of the statement (code {code}).");
    }

    /// <summary>Throws SQLite's own error (its message, the caller maps code 19, a broken constraint) unless the call succeeded.</summary>
    public static void Check(sqlite3 handle, int code)
    {
        if (code != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(code, handle);
    }
}
