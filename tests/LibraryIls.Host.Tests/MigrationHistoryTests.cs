using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Host.Data;
using LibraryIls.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Host.Tests;

/// <summary>
/// Migrations are history: once released, what a migration does never changes, or databases migrated before and after
/// the change would differ. Each migration's operations (its SQL text included) are hashed per engine and kept in
/// migrations.sha256 beside this file; a changed hash fails, a new migration must be recorded there.
/// </summary>
public sealed class MigrationHistoryTests
{
    private static readonly string ChecksumFile = RepositoryFiles.PathOf("tests", "LibraryIls.Host.Tests", "migrations.sha256");

    private static readonly Dictionary<DatabaseProvider, string> Offline = new()
    {
        [DatabaseProvider.Sqlite] = "Data Source=:memory:",
        [DatabaseProvider.SqlServer] = "Server=127.0.0.1,1;Database=libraryils;User Id=sa;Password=x;TrustServerCertificate=true",
        [DatabaseProvider.Postgres] = "Host=127.0.0.1;Port=1;Database=libraryils",
    };

    [Fact]
    public async Task Given_the_released_migrations_When_they_are_read_again_Then_each_does_exactly_what_it_did_when_released()
    {
        var current = await CurrentAsync();
        var released = File.ReadLines(ChecksumFile).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ')).ToDictionary(p => $"{p[0]} {p[1]} {p[2]}", p => p[3]);

        var added = current.Where(c => !released.ContainsKey(c.Key)).Select(c => $"{c.Key} {c.Value}").ToList();
        if (added.Count > 0 && Environment.GetEnvironmentVariable("LIBRARYILS_RECORD_NEW_MIGRATIONS") == "1")
        {
            await File.AppendAllLinesAsync(ChecksumFile, added);
            added.Clear();
        }

        released.Where(r => current.TryGetValue(r.Key, out var now) && now != r.Value).Select(r => r.Key)
            .ShouldBeEmpty("released migrations whose operations or SQL changed: leave them as they were and put the change in a new migration");
        released.Keys.Where(k => !current.ContainsKey(k))
            .ShouldBeEmpty("released migrations that are gone");
        added.ShouldBeEmpty($"new migrations not yet recorded: run this test with LIBRARYILS_RECORD_NEW_MIGRATIONS=1 (it only appends) or add the lines to {ChecksumFile}");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_an_empty_database_When_every_module_migrates_Then_each_migration_is_applied_and_none_is_pending(string provider)
    {
        var (connection, drop) = await TestDatabases.CreateAsync(provider);
        try
        {
            await using var app = LibraryIlsApp.Build([$"--Database:Provider={provider}", $"--Database:ConnectionString={connection}"], forCommand: true);
            using var scope = app.Services.CreateScope();
            var migrations = scope.ServiceProvider.GetRequiredService<DatabaseMigrations>();
            await migrations.MigrateAsync(default);

            (await migrations.PendingAsync(default)).ShouldBeEmpty();
            foreach (var (module, context) in migrations.Contexts())
                (await context.Database.GetAppliedMigrationsAsync()).ShouldBe(context.Database.GetMigrations(), $"{module} on {provider}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await drop();
        }
    }

    [Fact]
    public void Given_a_migration_When_it_is_described_Then_a_changed_SQL_text_changes_its_description()
    {
        var one = Describe([new SqlOperation { Sql = "CREATE VIEW v AS SELECT 1" }]);
        Describe([new SqlOperation { Sql = "CREATE VIEW v AS SELECT 1" }]).ShouldBe(one);
        Describe([new SqlOperation { Sql = "CREATE VIEW v AS SELECT 2" }]).ShouldNotBe(one);
        var column = new AddColumnOperation { Name = "Ten", Table = "bd", ClrType = typeof(string), MaxLength = 200 };
        var longer = new AddColumnOperation { Name = "Ten", Table = "bd", ClrType = typeof(string), MaxLength = 300 };
        Describe([column]).ShouldNotBe(Describe([longer]));
    }

    /// <summary>"Provider module migration" → hash of what the migration does up and down, for every engine.</summary>
    private static async Task<Dictionary<string, string>> CurrentAsync()
    {
        var result = new Dictionary<string, string>();
        foreach (var (provider, connection) in Offline)
        {
            await using var app = LibraryIlsApp.Build([$"--Database:Provider={provider}", $"--Database:ConnectionString={connection}"], forCommand: true);
            using var scope = app.Services.CreateScope();
            foreach (var (module, context) in scope.ServiceProvider.GetRequiredService<DatabaseMigrations>().Contexts())
            {
                var migrations = context.GetService<IMigrationsAssembly>();
                foreach (var (id, type) in migrations.Migrations)
                {
                    var migration = migrations.CreateMigration(type, context.Database.ProviderName!);
                    var text = Describe(migration.UpOperations) + "\n-- down --\n" + Describe(migration.DownOperations);
                    result[$"{provider} {module} {id}"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
                }
            }
        }
        return result;
    }

    /// <summary>
    /// Every public property of every operation, in a fixed order, annotations included: what the migration does. A property
    /// left at its default (as a new instance has it) is left out, so a later EF Core that adds a property to an operation
    /// does not change what an old migration is said to do; a value it sets does.
    /// </summary>
    private static string Describe(IEnumerable<MigrationOperation> operations)
    {
        var text = new StringBuilder();
        foreach (var operation in operations) Write(text, operation, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value, int depth)
    {
        switch (value)
        {
            case null: text.Append("null"); return;
            case string s: text.Append('"').Append(s.ReplaceLineEndings("\n")).Append('"'); return;
            case Type t: text.Append(t.Namespace).Append('.').Append(t.Name); return;
            case DateTime or DateTimeOffset: text.Append(((IFormattable)value).ToString("O", CultureInfo.InvariantCulture)); return;
            case Enum or bool or char or IFormattable: text.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items) { Write(text, item, depth + 1); text.Append(','); }
                text.Append(']');
                return;
        }
        if (depth > 8) throw new InvalidOperationException($"{value.GetType()} nests too deeply to describe");
        var type = value.GetType();
        var fresh = type.GetConstructor(Type.EmptyTypes) is { } constructor ? constructor.Invoke(null) : null;
        text.Append(type.Name).Append('{');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var own = Text(property.GetValue(value), depth);
            if (fresh is not null && own == Text(property.GetValue(fresh), depth)) continue;
            text.Append(property.Name).Append('=').Append(own).Append(';');
        }
        if (value is IReadOnlyAnnotatable annotatable)
            foreach (var annotation in annotatable.GetAnnotations().OrderBy(a => a.Name, StringComparer.Ordinal))
                text.Append('@').Append(annotation.Name).Append('=').Append(Text(annotation.Value, depth)).Append(';');
        text.Append('}');
    }

    private static string Text(object? value, int depth)
    {
        var text = new StringBuilder();
        Write(text, value, depth + 1);
        return text.ToString();
    }
}
