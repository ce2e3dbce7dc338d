using System.Data.Common;

namespace LibraryIls.BuildingBlocks.Data;

/// <summary>The provider and connection string the running installation uses, resolved once at start.</summary>
public sealed record ConnectedDatabase(DatabaseProvider Provider, string ConnectionString)
{
    private static readonly string[] Secrets = ["Password", "Pwd"];

    /// <summary>Where the data is, fit for a log: SQLite's file, or the connection string without its password.</summary>
    public string Location()
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = ConnectionString };
        if (Provider == DatabaseProvider.Sqlite && parts.TryGetValue("Data Source", out var file))
            return "file " + Path.GetFullPath(Convert.ToString(file, System.Globalization.CultureInfo.InvariantCulture)!);
        foreach (var secret in Secrets) parts.Remove(secret);
        return parts.ConnectionString;
    }
}
