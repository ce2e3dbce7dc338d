namespace LibraryIls.BuildingBlocks.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty on SQLite means a file in <see cref="DataFolder"/>: the zero set-up default.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Where the embedded database and other local files live; relative paths are under the content root.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Apply pending migrations when the API starts. Turn off on multi-node deployments and run <c>migrate</c> instead.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public string ResolveConnectionString(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString)) return ConnectionString;
        if (Provider != DatabaseProvider.Sqlite)
            throw new InvalidOperationException($"Database:ConnectionString is required for provider {Provider}.");
        var folder = Path.GetFullPath(Path.Combine(contentRoot, DataFolder));
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "libraryils.db")}";
    }
}
