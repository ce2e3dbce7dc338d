using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LibraryIls.Catalog.Data;

/// <summary>
/// Binds a value to a statement by place, stored exactly as Microsoft.Data.Sqlite stores it for EF (its value binder):
/// ids as upper-case text, flags as 0 and 1, instants, dates and prices as text in its formats, bytes as a blob.
/// BulkRowsTests compares what this writes with what SaveChanges writes, column by column. Text goes to SQLite as UTF-8
/// made in a buffer each thread keeps (SQLite copies it as it binds), ids and instants formatted straight into it: an import
/// binds millions of them, and SQLite's own interface made a new array for each.
/// </summary>
internal static class SqliteValues
{
    /// <summary>
    /// One single-row statement prepared once and run per row through SQLite's own interface, its values bound by place by
    /// <paramref name="bind"/>. Microsoft.Data.Sqlite binds each parameter by looking its name up in the statement, a linear
    /// search: with a few hundred parameters per command that search (strncmp) weighs on the import's commit thread. Runs
    /// in the connection's open transaction, as every statement on it.
    /// </summary>
    /// <param name="inserted">Given, told each inserted row's rowid (what SQLite numbered it) as it goes in.</param>
    public static void RunPrepared<TRow>(SqliteConnection connection, string text, IEnumerable<TRow> rows, Action<sqlite3_stmt, TRow> bind,
        Action<long>? inserted = null)
    {
        var handle = connection.Handle!;
        Check(handle, raw.sqlite3_prepare_v2(handle, text, out var statement));
        using (statement)
        {
            foreach (var row in rows)
            {
                bind(statement, row);
                var step = raw.sqlite3_step(statement);
                // Read while the statement still holds it: SQLite's message for a broken constraint (the caller maps code 19).
                if (step != raw.SQLITE_DONE) Check(handle, step);
                inserted?.Invoke(raw.sqlite3_last_insert_rowid(handle));
                raw.sqlite3_reset(statement);
            }
        }
    }

    /// <summary>A number, bound as one without boxing (a caller that knows its columns' types).</summary>
    public static void Bind(sqlite3_stmt statement, int at, long value) => Bound(raw.sqlite3_bind_int64(statement, at, value), at);

    /// <summary>A text, bound without boxing (a caller that knows its columns' types).</summary>
    public static void Bind(sqlite3_stmt statement, int at, string value) => Bound(BindText(statement, at, value), at);

    /// <summary>An id as EF stores it on SQLite, bound without boxing.</summary>
    public static void Bind(sqlite3_stmt statement, int at, Guid value) => Bound(BindId(statement, at, value), at);

    /// <summary>A flag as 0 or 1, bound without boxing.</summary>
    public static void Bind(sqlite3_stmt statement, int at, bool value) => Bind(statement, at, value ? 1L : 0L);

    /// <summary>An instant as EF stores it on SQLite (text with its fraction and offset), bound without boxing.</summary>
    public static void Bind(sqlite3_stmt statement, int at, DateTimeOffset value) => Bound(BindFormatted(statement, at, value, InstantFormat), at);

    public static void BindNull(sqlite3_stmt statement, int at) => Bound(raw.sqlite3_bind_null(statement, at), at);

    public static void Bind(sqlite3_stmt statement, int at, object? value)
    {
        var code = value switch
        {
            null => raw.sqlite3_bind_null(statement, at),
            string text => BindText(statement, at, text),
            Guid id => BindId(statement, at, id),
            bool flag => raw.sqlite3_bind_int64(statement, at, flag ? 1 : 0),
            byte[] bytes => raw.sqlite3_bind_blob(statement, at, bytes),
            DateTimeOffset instant => BindFormatted(statement, at, instant, InstantFormat),
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
        Bound(code, at);
    }

    private const string InstantFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz";

    private static void Bound(int code, int at)
    {
        if (code != raw.SQLITE_OK) throw new InvalidOperationException($"SQLite refused value {at} of the statement (code {code}).");
    }

    /// <summary>Text as UTF-8 from the thread's buffer; a text too long for a buffer worth keeping is bound as SQLite's interface does it.</summary>
    private static int BindText(sqlite3_stmt statement, int at, string text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (length > MaxKept) return raw.sqlite3_bind_text(statement, at, text);
        var buffer = t_text is { } kept && kept.Length >= length ? kept : t_text = new byte[Math.Max(length, 4096)];
        return raw.sqlite3_bind_text(statement, at, buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer)));
    }

    /// <summary>An id as EF stores it on SQLite: its 36 characters, upper case.</summary>
    private static int BindId(sqlite3_stmt statement, int at, Guid id)
    {
        Span<byte> text = stackalloc byte[36];
        id.TryFormat(text, out _, "D");
        for (var i = 0; i < text.Length; i++)
            if (text[i] is >= (byte)'a' and <= (byte)'f') text[i] -= 'a' - 'A';
        return raw.sqlite3_bind_text(statement, at, text);
    }

    private static int BindFormatted<TValue>(sqlite3_stmt statement, int at, TValue value, string format) where TValue : IUtf8SpanFormattable
    {
        Span<byte> text = stackalloc byte[64];
        if (!value.TryFormat(text, out var written, format, CultureInfo.InvariantCulture)) throw new InvalidOperationException($"Value {at} does not fit 64 bytes.");
        return raw.sqlite3_bind_text(statement, at, text[..written]);
    }

    /// <summary>The longest text (in UTF-8 bytes at most) a thread keeps a buffer for: a record's MARC is a few kilobytes.</summary>
    private const int MaxKept = 256 * 1024;

    [ThreadStatic] private static byte[]? t_text;

    /// <summary>Throws SQLite's own error (its message, the caller maps code 19, a broken constraint) unless the call succeeded.</summary>
    private static void Check(sqlite3 handle, int code)
    {
        if (code != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(code, handle);
    }
}
