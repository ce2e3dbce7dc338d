namespace LibraryIls.BuildingBlocks.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty on SQLite means a file in <see cref="DataFolder"/>: the zero set-up default.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// Where the embedded database, the keys and uploaded files live. As configured, a relative path is under the content
    /// root; the host resolves it (or, left empty, chooses by the platform's conventions) and sets the absolute folder
    /// here at start.
    /// </summary>
    public string DataFolder { get; set; } = "";

    /// <summary>Apply pending migrations when the API starts. Turn off on multi-node deployments and run <c>migrate</c> instead.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>The connection string, or on SQLite without one the file libraryils.db in the (resolved) data folder.</summary>
    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString)) return ConnectionString;
        if (Provider != DatabaseProvider.Sqlite)
            throw new InvalidOperationException($"Database:ConnectionString is required for provider {Provider}.");
        try
        {
            Directory.CreateDirectory(DataFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"The data folder {DataFolder} cannot be made ({e.Message}): set Database:DataFolder (environment Database__DataFolder) or systemd's StateDirectory=.", e);
        }
        return $"Data Source={Path.Combine(DataFolder, "libraryils.db")}";
    }
}
