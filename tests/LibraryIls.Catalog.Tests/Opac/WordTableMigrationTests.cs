using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Search;
using LibraryIls.Catalog.Search.Memory;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LibraryIls.Catalog.Tests.Opac;

/// <summary>
/// On SQLite the OPAC's words moved from a row per word (cat_search_tokens) to a full-text row per record (SqliteWords):
/// a catalogue indexed before keeps every word with its field and place through the migration, a phrase is found within
/// one value of a field and not across two, and the way back down gives the old tables again.
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
            // Places as RecordWords gives them: one after another within a value, 8 more between two values of a field.
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"cat_search_tokens\" (\"DocNo\", \"Field\", \"Position\", \"Folded\", \"Exact\") VALUES "
                + "(1, 1, 0, 'truyen', 'truyện'), (1, 1, 1, 'kieu', 'kiều'), (1, 2, 0, 'nguyen', 'nguyễn'), (1, 2, 1, 'du', 'du'), "
                + "(1, 3, 0, 'van', 'văn'), (1, 3, 1, 'hoc', 'học'), "
                + "(2, 1, 0, 'kieu', 'kiêu'), (2, 3, 8, 'van', 'văn'), (2, 3, 17, 'hoc', 'học'), (2, 3, 18, 'truyen', 'truyền'), "
                // A word of nothing but a mark, which folding leaves empty (met in a real record).
                + "(2, 4, 0, '', '\u0333'), (2, 4, 1, 'kim', 'kim')");
            var indexed = await Rows(db, Words);

            await migrator.MigrateAsync();

            var words = await new MemoryCatalogueReader(db).WordsOf([1, 2], default);
            words.SelectMany(w => w).OrderBy(w => w.DocNo).ThenBy(w => w.Field).ThenBy(w => w.Position)
                .Select(w => $"{w.DocNo}|{w.Field}|{w.Position}|{w.Folded}|{w.Exact}").ShouldBe(indexed);
            (await Rows(db, $"SELECT rowid FROM {SqliteWords.Table} WHERE {SqliteWords.Table} MATCH '{{Subject}} : \"van hoc\"'")).ShouldBe(["1"],
                "a phrase within one value is found, not across two values of a field");
            (await Rows(db, $"SELECT rowid FROM {SqliteWords.Table} WHERE {SqliteWords.Table} MATCH '{{TitleExact}} : kiều'")).ShouldBe(["1"]);
            (await Rows(db, "SELECT \"name\" FROM sqlite_master WHERE \"name\" = 'cat_search_tokens'")).ShouldBeEmpty();

            await migrator.MigrateAsync(Before);

            (await Rows(db, "SELECT \"name\" FROM sqlite_master WHERE \"tbl_name\" = 'cat_search_tokens' AND \"type\" = 'index'"))
                .ShouldContain("IX_cat_search_tokens_Folded_DocNo_Field_Exact");
            (await Rows(db, "SELECT \"name\" FROM sqlite_master WHERE \"name\" LIKE 'cat_search_word%'")).ShouldBeEmpty();
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
