using Npgsql;

namespace LibraryIls.Testing;

/// <summary>
/// The engines the API tests run on: a real SQLite file always, and a real PostgreSQL server when
/// LIBRARYILS_TEST_POSTGRES holds an admin connection string (CI sets it, and sets
/// LIBRARYILS_REQUIRE_POSTGRES=1 so that a missing server fails the run instead of thinning it).
/// </summary>
public static class TestDatabases
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static string? PostgresAdminConnection => Environment.GetEnvironmentVariable("LIBRARYILS_TEST_POSTGRES");

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (!string.IsNullOrWhiteSpace(PostgresAdminConnection)) data.Add(Postgres);
            else if (Environment.GetEnvironmentVariable("LIBRARYILS_REQUIRE_POSTGRES") == "1")
                throw new InvalidOperationException("LIBRARYILS_REQUIRE_POSTGRES=1 but LIBRARYILS_TEST_POSTGRES is not set.");
            return data;
        }
    }

    /// <summary>A fresh, empty database for one test host; dropped again by the returned action.</summary>
    public static async Task<(string ConnectionString, Func<Task> Drop)> CreateAsync(string provider)
    {
        if (provider == Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "libraryils-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, "test.db");
            return ($"Data Source={file};Pooling=false", () =>
            {
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
                return Task.CompletedTask;
            });
        }
        var admin = PostgresAdminConnection ?? throw new InvalidOperationException("LIBRARYILS_TEST_POSTGRES is not set.");
        var name = "libraryils_test_" + Guid.NewGuid().ToString("N")[..12];
        await Execute(admin, $"CREATE DATABASE {name}");
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return (connection, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await Execute(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
