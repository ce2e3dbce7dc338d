using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Marc.Generation;
using LibraryIls.Catalog.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace LibraryIls.Catalog.Tests.Opac;

/// <summary>
/// SQLite's full-text row of a record (<see cref="SqliteWords"/>) gives back every word with its field and place, and
/// SQLite cuts it into exactly the words the OPAC cut (the gap words included), so the SQL search finds and ranks what the
/// memory index does: checked on real records written by other systems and on generated Vietnamese ones.
/// </summary>
public sealed class SqliteWordsTests
{
    [Fact]
    public void Given_real_and_Vietnamese_records_When_their_words_are_written_and_read_back_Then_each_word_keeps_its_field_place_and_forms()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        // The full-text table exactly as the migration that made it created it.
        var migration = new Data.Migrations.Sqlite.OpacWordsFullText { ActiveProvider = "Microsoft.EntityFrameworkCore.Sqlite" };
        foreach (var create in migration.UpOperations.OfType<SqlOperation>().Where(o => o.Sql.StartsWith("CREATE VIRTUAL TABLE", StringComparison.Ordinal)))
            Execute(connection, create.Sql);
        var records = Records().Select((marc, i) => (DocNo: i + 1L, Words: RecordWords.Of(marc))).Where(r => r.Words.Count > 0).ToList();
        var places = string.Join(", ", Enumerable.Repeat("$t", 12).Select((p, i) => p + i));
        foreach (var (docNo, words) in records)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO {SqliteWords.Table} (rowid, {SqliteWords.Columns}) VALUES ($doc, {places})";
            insert.Parameters.AddWithValue("$doc", docNo);
            var texts = SqliteWords.Texts(words);
            for (var i = 0; i < texts.Length; i++) insert.Parameters.AddWithValue("$t" + i, texts[i]);
            insert.ExecuteNonQuery();
        }

        var cut = 0;
        foreach (var (docNo, words) in records)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT rowid, {SqliteWords.Columns} FROM {SqliteWords.Table} WHERE rowid = {docNo}";
            using var reader = select.ExecuteReader();
            reader.Read().ShouldBeTrue();
            SqliteWords.Read(docNo, reader, 1).Select(w => $"{w.Field} {w.Position} {w.Folded} {w.Exact}")
                .ShouldBe(words.OrderBy(w => w.Field).ThenBy(w => w.Position).Select(w => $"{(int)w.Field} {w.Position} {w.Word.Folded} {w.Word.Exact}"));
            reader.Close();

            // What SQLite's tokenizer made of each column: the same words, one after another, as the text holds them.
            using var instances = connection.CreateCommand();
            instances.CommandText = $"SELECT \"col\", \"term\" FROM {SqliteWords.Instances} WHERE \"doc\" = {docNo} ORDER BY \"col\", \"offset\"";
            using var terms = instances.ExecuteReader();
            var byColumn = new Dictionary<string, List<string>>();
            while (terms.Read())
            {
                if (!byColumn.TryGetValue(terms.GetString(0), out var list)) byColumn[terms.GetString(0)] = list = [];
                list.Add(terms.GetString(1));
            }
            var expected = SqliteWords.Texts(words);
            foreach (var field in SqliteWords.Fields)
                foreach (var exact in new[] { false, true })
                {
                    var text = expected[2 * ((int)field - 1) + (exact ? 1 : 0)];
                    string.Join(' ', byColumn.GetValueOrDefault(SqliteWords.ColumnName(field, exact), [])).ShouldBe(
                        text, $"record {docNo}, {SqliteWords.ColumnName(field, exact)}");
                }
            cut++;
        }
        cut.ShouldBeGreaterThan(500);
        records.ShouldContain(r => r.Words.Any(w => w.Word.Exact != w.Word.Folded), "Vietnamese words with marks are among them");
        records.ShouldContain(r => r.Words.GroupBy(w => w.Field).Any(g => g.Max(w => w.Position) >= RecordWords.ValueGap), "fields of several values");
    }

    [Fact]
    public void Given_a_word_between_values_at_an_unexpected_place_When_laid_out_Then_it_is_refused_rather_than_moved()
    {
        var word = new SearchWord("thơ", "tho");
        Should.Throw<InvalidOperationException>(() => SqliteWords.Texts([(SearchField.Title, 0, word), (SearchField.Title, 5, word)]));
        SqliteWords.Texts([(SearchField.Title, 0, word), (SearchField.Title, 9, word)])[0].ShouldBe($"tho {SqliteWords.Gap} tho");
    }

    private static IEnumerable<MarcRecord> Records()
    {
        foreach (var file in CatalogCorpus.Files(".mrc", ".xml"))
        {
            using var reader = MarcFiles.OpenReader(File.OpenRead(file));
            for (var n = 0; n < 50 && reader.Read() is { } record; n++) yield return record;
        }
        foreach (var record in new VietnameseRecordGenerator(seed: 2026).Records(300)) yield return record;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
