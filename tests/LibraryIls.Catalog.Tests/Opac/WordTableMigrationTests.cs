using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LibraryIls.Catalog.Tests.Opac;

/// <summary>
/// On SQLite the OPAC's words are one table ordered by the word (WITHOUT ROWID): a catalogue indexed before the
/// change keeps every word through the migration, a word is found through the table's own key, and the way back
/// down gives the old table and its word index with the same words.
/// </summary>
public sealed class WordTableMigrationTests
{
    private const string Before = "OpacChangeFeed";
    private const string Words = "SELECT \"DocNo\", \"Field\", \"Position\", \"Folded\", \"Exact\" FROM \"cat_search_tokens\" ORDER BY \"DocNo\", \"Field\", \"Position\"";

    [Fact]
    public async Task Given_words_indexed_before_When_the_SQLite_catalogue_migrates_up_and_down_Then_every_word_is_kept()
    {
        var file = Path.Combine(Path.GetTempPath(), $"libraryils-words-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteCatalogDbContext>();
            options.UseModuleDatabase(DatabaseProvider.Sqlite, $"Data Source={file}", CatalogDbContext.SchemaName);
            await using var db = new SqliteCatalogDbContext(options.Options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(Before);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"cat_search_documents\" (\"DocNo\", \"RecordId\", \"ChangedAt\", \"IsDeleted\", \"IsLocalStudies\", \"Version\") VALUES "
                + "(1, '11111111-1111-1111-1111-111111111111', '2026-12-03 00:00:00', 0, 0, 0), (2, '22222222-2222-2222-2222-222222222222', '2026-12-03 00:00:00', 0, 0, 0)");
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"cat_search_tokens\" (\"DocNo\", \"Field\", \"Position\", \"Folded\", \"Exact\") VALUES "
                + "(1, 1, 0, 'truyen', 'truyện'), (1, 1, 1, 'kieu', 'kiều'), (1, 2, 0, 'nguyen', 'nguyễn'), (1, 2, 1, 'du', 'du'), "
                + "(2, 1, 0, 'kieu', 'kiêu'), (2, 3, 9, 'truyen', 'truyền')");
            var indexed = await Rows(db, Words);

            await migrator.MigrateAsync();

            (await Rows(db, Words)).ShouldBe(indexed);
            (await Rows(db, "SELECT \"sql\" FROM sqlite_master WHERE \"name\" = 'cat_search_tokens'")).Single().ShouldContain("WITHOUT ROWID");
            var plan = string.Join(" | ", await Rows(db, "EXPLAIN QUERY PLAN SELECT \"DocNo\", \"Exact\" FROM \"cat_search_tokens\" WHERE \"Folded\" = 'kieu'"));
            plan.ShouldContain("USING PRIMARY KEY (Folded=?)");
            // Edits and deletes find a word by its place: a second word at one place is refused as before.
            await Should.ThrowAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"cat_search_tokens\" (\"DocNo\", \"Field\", \"Position\", \"Folded\", \"Exact\") VALUES (1, 1, 0, 'tho', 'thơ')"));

            await migrator.MigrateAsync(Before);

            (await Rows(db, Words)).ShouldBe(indexed);
            (await Rows(db, "SELECT \"name\" FROM sqlite_master WHERE \"tbl_name\" = 'cat_search_tokens' AND \"type\" = 'index'"))
                .ShouldContain("IX_cat_search_tokens_Folded_DocNo_Field_Exact");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static async Task<List<string>> Rows(DbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
                rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
