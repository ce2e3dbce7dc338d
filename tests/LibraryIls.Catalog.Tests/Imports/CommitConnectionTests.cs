using System.Data.Common;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>
/// A committing batch's SQLite connection keeps statement journals in memory and a large page cache; the connection goes
/// back to the pool afterwards, so the next user (a desk's checkout, the OPAC) must find SQLite's own settings again.
/// </summary>
public sealed class CommitConnectionTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Given_a_commit_on_SQLite_When_it_ends_Then_its_connection_has_its_former_settings_back()
    {
        var api = await apis.For(TestDatabases.Sqlite);
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var before = (await PragmaAsync(connection, "cache_size"), await PragmaAsync(connection, "temp_store"));

        await using (await CommitConnection.PrepareAsync(db, default))
        {
            (await PragmaAsync(connection, "cache_size")).ShouldBe(-128 * 1024);
            (await PragmaAsync(connection, "temp_store")).ShouldBe(2); // MEMORY
        }

        (await PragmaAsync(connection, "cache_size"), await PragmaAsync(connection, "temp_store")).ShouldBe(before);
        before.Item1.ShouldNotBe(-128 * 1024);
    }

    private static async Task<long> PragmaAsync(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
