using LibraryIls.BuildingBlocks.Data;

namespace LibraryIls.Host.Data;

internal static class DatabaseSetup
{
    public static (ConnectedDatabase Database, DatabaseOptions Options) AddDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var dataFolder = DataFolderChoice.Resolve(builder.Configuration, builder.Environment.ContentRootPath, AppContext.BaseDirectory,
            Environment.GetEnvironmentVariable);
        options.DataFolder = dataFolder.Folder;
        var connectionString = options.ResolveConnectionString();
        if (options.Provider == DatabaseProvider.Postgres) connectionString = PostgresConnectionDefaults.Apply(connectionString);
        var database = new ConnectedDatabase(options.Provider, connectionString);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(dataFolder);
        builder.Services.AddScoped<DatabaseMigrations>();
        // Before the scheduler: Quartz needs its tables when it starts.
        if (options.MigrateOnStart) builder.Services.AddHostedService<MigrateOnStart>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        return (database, options);
    }
}
