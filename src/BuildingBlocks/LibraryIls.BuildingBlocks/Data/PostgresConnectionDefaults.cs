using System.Data.Common;
using Npgsql;

namespace LibraryIls.BuildingBlocks.Data;

/// <summary>
/// Settings a busy desk needs from Npgsql that its defaults leave off; whatever the connection string says wins.
/// Max Auto Prepare: the desk's dozen statements are prepared once per connection instead of parsed and planned on
/// every checkout. No Reset On Close: a pooled connection is not reset (RESET ALL, CLOSE ALL…) each time a request gives
/// it back — nothing here sets session state, and the reset would also cost the server work on every request.
/// </summary>
public static class PostgresConnectionDefaults
{
    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Has(given, "Max Auto Prepare", "MaxAutoPrepare")) builder.MaxAutoPrepare = 64;
        if (!Has(given, "Auto Prepare Min Usages", "AutoPrepareMinUsages")) builder.AutoPrepareMinUsages = 2;
        if (!Has(given, "No Reset On Close", "NoResetOnClose")) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    private static bool Has(DbConnectionStringBuilder given, params string[] keys) => keys.Any(given.ContainsKey);
}
