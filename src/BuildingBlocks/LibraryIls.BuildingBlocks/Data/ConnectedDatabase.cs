using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace LibraryIls.BuildingBlocks.Data;

/// <summary>The provider and connection string the running installation uses, resolved once at start.</summary>
public sealed record ConnectedDatabase(DatabaseProvider Provider, string ConnectionString)
{
    private static readonly string[] Secrets = ["Password", "Pwd", "PSW"];

    /// <summary>Where the data is, fit for a log: SQLite's file, or the connection string without its password.</summary>
    public string Location()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            return file is ":memory:" or "" || file.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? file : "file " + Path.GetFullPath(file);
        }
        var parts = new DbConnectionStringBuilder { ConnectionString = ConnectionString };
        foreach (var secret in Secrets) parts.Remove(secret);
        return parts.ConnectionString;
    }
}
