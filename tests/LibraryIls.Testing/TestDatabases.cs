using Npgsql;

namespace LibraryIls.Testing;

/// <summary>
/// The engines the API tests run on: a real SQLite file always, and a real PostgreSQL server whose admin connection
/// string LIBRARYILS_TEST_POSTGRES holds. Without it every PostgreSQL case is reported as skipped with the reason
/// (CI sets it, and fails on any skipped test).
/// </summary>
public static class TestDatabases
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static string? PostgresAdminConnection => Environment.GetEnvironmentVariable("LIBRARYILS_TEST_POSTGRES");

    /// <summary>Every engine, for tests that go through them in turn.</summary>
    public static readonly string[] Engines = [Sqlite, Postgres];

    public static TheoryData<string> All => new(Engines);

    /// <summary>The PostgreSQL admin connection string; skips the calling test when none is set.</summary>
    public static string RequirePostgres()
    {
        if (string.IsNullOrWhiteSpace(PostgresAdminConnection))
            Assert.Skip("PostgreSQL: set LIBRARYILS_TEST_POSTGRES to an admin connection string (bash .ci/run starts a server and sets it)");
        return PostgresAdminConnection!;
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
        var admin = RequirePostgres();
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
