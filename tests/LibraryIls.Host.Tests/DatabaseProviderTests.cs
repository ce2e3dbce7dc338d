using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Host.Tests;

/// <summary>Each engine's migrations match the model: nobody changed an entity and forgot one of the three.</summary>
public sealed class DatabaseProviderTests
{
    private static readonly Dictionary<DatabaseProvider, string> Offline = new()
    {
        [DatabaseProvider.Sqlite] = "Data Source=:memory:",
        [DatabaseProvider.SqlServer] = "Server=127.0.0.1,1;Database=libraryils;User Id=sa;Password=x;TrustServerCertificate=true",
        [DatabaseProvider.Postgres] = "Host=127.0.0.1;Port=1;Database=libraryils",
    };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Given_the_model_When_compared_with_the_provider_migrations_Then_nothing_is_pending(DatabaseProvider provider)
    {
        await using var app = LibraryIlsApp.Build(
            [$"--Database:Provider={provider}", $"--Database:ConnectionString={Offline[provider]}"], forCommand: true);
        using var scope = app.Services.CreateScope();
        var contexts = scope.ServiceProvider.GetRequiredService<DatabaseMigrations>().Contexts().ToList();
        contexts.ShouldNotBeEmpty();
        foreach (var (module, context) in contexts)
        {
            context.Database.ProviderName!.ShouldContain(provider == DatabaseProvider.Postgres ? "Npgsql" : provider.ToString());
            context.Database.GetMigrations().ShouldNotBeEmpty($"{module} has no {provider} migrations");
            context.Database.HasPendingModelChanges().ShouldBeFalse($"{module} has model changes without a {provider} migration");
        }
    }

    [Fact]
    public async Task Given_SQL_Server_When_the_idempotent_script_is_generated_Then_every_module_creates_its_schema()
    {
        await using var app = LibraryIlsApp.Build(
            ["--Database:Provider=SqlServer", $"--Database:ConnectionString={Offline[DatabaseProvider.SqlServer]}"], forCommand: true);
        using var scope = app.Services.CreateScope();
        foreach (var (module, context) in scope.ServiceProvider.GetRequiredService<DatabaseMigrations>().Contexts())
        {
            var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
            script.ShouldContain("IF NOT EXISTS");
            script.ShouldContain($"[{module}].");
            script.ShouldContain("nvarchar", Case.Insensitive); // Vietnamese text needs Unicode columns
        }
    }
}
