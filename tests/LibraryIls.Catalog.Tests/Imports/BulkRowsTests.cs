using System.Data.Common;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Imports;
using LibraryIls.Catalog.Records;
using LibraryIls.Catalog.Search;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>
/// A bulk import writes records, their history, copies and OPAC documents without the change tracker (on SQLite through
/// its own interface, values bound by place; on PostgreSQL by COPY). Every column must be stored exactly as a SaveChanges stores it: instants with
/// their fraction and offset, dates, prices, ids, flags and enums, in the same storage type, or reads and comparisons
/// (a loan's due date, a price, a harvester's datestamp) would differ between imported and catalogued rows.
/// </summary>
public sealed class BulkRowsTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_the_same_rows_When_written_in_bulk_and_by_SaveChanges_Then_every_column_is_stored_the_same(string provider)
    {
        var api = await apis.For(provider);
        var siteCode = await api.SiteAsync();
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var site = (await scope.ServiceProvider.GetRequiredService<ISiteDirectory>().FindByCodeAsync(siteCode, default))!;
        // An instant with a fraction of a second down to the tick and, where the engine keeps it (SQLite's text), an offset
        // that is not UTC (PostgreSQL's timestamptz takes UTC only); a price with cents.
        var offset = db.Provider == DatabaseProvider.Sqlite ? TimeSpan.FromHours(7) : TimeSpan.Zero;
        var now = new DateTimeOffset(2026, 12, 3, 21, 4, 5, offset).AddTicks(1_234_567);
        var details = new CopyDetails(CopyLocation.Lending, "SACH", "895.922 34 T550H", 125_000.50m, new DateOnly(2026, 2, 28), AcquisitionSource.Donation);
        var marc = TestRecords.Novel("Dế mèn phiêu lưu ký", "Tô Hoài", "895.92234");
        var number = Unique.Code("B");

        var tracked = BibliographicRecord.Create(marc, "cataloguer", now);
        var trackedVersion = RecordVersion.Of(tracked, RecordChangeKind.Created, null, "cataloguer", now, marc);
        var trackedCopy = Copy.Create(tracked.Id, number + ".1", site, details, now);
        db.Records.Add(tracked);
        db.RecordVersions.Add(trackedVersion);
        db.Copies.Add(trackedCopy);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var bulk = BibliographicRecord.Create(marc, "cataloguer", now);
        var bulkCopy = Copy.Create(bulk.Id, number + ".2", site, details with { Price = null }, now);
        var priced = Copy.Create(bulk.Id, number + ".3", site, details, now);
        await using (await SqliteWriteGate.HoldAsync(db, default))
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await new BulkRows<BibliographicRecord>(db).InsertAsync([bulk], default);
            await new BulkRows<RecordVersion>(db).InsertAsync([RecordVersion.Of(bulk, RecordChangeKind.Created, null, "cataloguer", now, marc)], default);
            await new BulkRows<Copy>(db).InsertAsync([bulkCopy, priced], default);
            await transaction.CommitAsync();
        }

        (await StoredAsync(db, "cat_records", "Id", bulk.Id, "Id")).ShouldBe(await StoredAsync(db, "cat_records", "Id", tracked.Id, "Id"));
        (await StoredAsync(db, "cat_record_versions", "RecordId", bulk.Id, "Id", "RecordId"))
            .ShouldBe(await StoredAsync(db, "cat_record_versions", "RecordId", tracked.Id, "Id", "RecordId"));
        string[] own = ["Id", "RecordId", "RegistrationNumber"];
        (await StoredAsync(db, "cat_copies", "Id", priced.Id, own)).ShouldBe(await StoredAsync(db, "cat_copies", "Id", trackedCopy.Id, own));
        var unpriced = await StoredAsync(db, "cat_copies", "Id", bulkCopy.Id, own);
        unpriced.Single(c => c.StartsWith("Price=", StringComparison.Ordinal)).ShouldBe(db.Provider == DatabaseProvider.Sqlite ? "Price=NULL" : "Price=");
        // The ids themselves, as text: the same case and form as EF writes them.
        (await StoredAsync(db, "cat_copies", "Id", bulkCopy.Id)).ShouldContain(c => c.Equals($"RecordId={Id(db, bulk.Id)}", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_record_without_copies_When_indexed_in_bulk_and_by_SaveChanges_Then_its_OPAC_document_is_stored_the_same(string provider)
    {
        var api = await apis.For(provider);
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        // The document keeps a UTC time to the tick (its datestamp), a real number (the DDC class as a value) and flags.
        var now = new DateTimeOffset(2026, 12, 4, 6, 7, 8, TimeSpan.Zero).AddTicks(7_654_321);
        var marc = TestRecords.Novel("Số đỏ", "Vũ Trọng Phụng", "895.92233");
        var tracked = BibliographicRecord.Create(marc, "cataloguer", now);
        db.Records.Add(tracked);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var bulk = BibliographicRecord.Create(marc, "cataloguer", now);
        await using (await SqliteWriteGate.HoldAsync(db, default))
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await new BulkRows<BibliographicRecord>(db).InsertAsync([bulk], default);
            await new SearchIndexWriter(db).AddRecordsAsync([new RecordWritten(bulk, marc, null)], [], default);
            await transaction.CommitAsync();
        }

        string[] own = ["DocNo", "RecordId", "Version"];
        var stored = await StoredAsync(db, "cat_search_documents", "RecordId", bulk.Id, own);
        stored.ShouldBe(await StoredAsync(db, "cat_search_documents", "RecordId", tracked.Id, own));
        stored.ShouldContain(c => c.StartsWith("DdcValue=", StringComparison.Ordinal) && c.Length > "DdcValue=".Length);
        // Its words too (on SQLite a full-text row per record, SqliteWords): field, place, folded and exact form, each in the storage type
        // a cataloguer's save gives it.
        var words = await WordsAsync(db, bulk.Id);
        words.Count.ShouldBeGreaterThan(10);
        words.ShouldContain(w => w.Contains("'so'", StringComparison.Ordinal) || w.Contains("|so|", StringComparison.Ordinal));
        words.ShouldBe(await WordsAsync(db, tracked.Id));
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_headings_staged_rows_and_number_mappings_When_written_in_bulk_and_by_SaveChanges_Then_every_column_is_stored_the_same(string provider)
    {
        var api = await apis.For(provider);
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var offset = db.Provider == DatabaseProvider.Sqlite ? TimeSpan.FromHours(7) : TimeSpan.Zero;
        var now = new DateTimeOffset(2026, 12, 5, 9, 8, 7, offset).AddTicks(2_345_678);
        var batch = ImportBatch.Start(Guid.CreateVersion7(), new ImportSettings { Source = "VEBRARY", SiteCode = "TV" }, "vebrary.mrc", 1234, "cataloguer", now);
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync();
        // The record's headings (authors, subjects, ISBN, match keys; kinds stored as names), and rows with every nullable column
        // both set (a merged record, a relabelled copy) and empty (a rejected record, its bytes kept).
        var marc = TestRecords.Novel("Truyện Kiều", "Nguyễn Du", "895.92211");
        StagedRecord Merged(int index, Guid record)
        {
            var row = StagedRecord.Staged(batch.Id, index, 100L * index, 512, "Truyện Kiều", "VB-1", "warning 020: ISBN sai", "TCVN3", 2, record, 80);
            row.Became(StagedRecordStatus.Merged, record, 3, now, "thuthu", 4, record, 90);
            return row;
        }
        StagedRecord Rejected(int index) => StagedRecord.RejectedAtStaging(batch.Id, index, 100L * index, [0x30, 0x31, 0xE1], null, "NOT_MARC", "Không phải MARC / Not MARC", null);
        ImportedCopy Relabelled(Guid copy, Guid record)
        {
            var row = ImportedCopy.Of(batch.Id, 7, copy, record, "VEBRARY", "VB.000123", "VEBRARY-VB.000123");
            row.Relabel(now);
            return row;
        }

        var tracked = BibliographicRecord.Create(marc, "cataloguer", now);
        var (trackedCopy, trackedRejectedCopy) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        db.Records.Add(tracked);
        db.StagedRecords.AddRange(Merged(1, tracked.Id), Rejected(2));
        db.ImportedCopies.AddRange(Relabelled(trackedCopy, tracked.Id), ImportedCopy.Of(batch.Id, 8, trackedRejectedCopy, tracked.Id, "VEBRARY", "VB.9", "VB.9"));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var bulk = BibliographicRecord.Create(marc, "cataloguer", now);
        var (bulkCopy, bulkRejectedCopy) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await using (await SqliteWriteGate.HoldAsync(db, default))
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await new BulkRows<BibliographicRecord>(db).InsertAsync([bulk], default);
            await new BulkRows<RecordHeading>(db, nameof(RecordHeading.RecordId)).InsertAsync(bulk.Headings.Select(h => (h, (object?)bulk.Id)), default);
            await new BulkRows<StagedRecord>(db).InsertAsync([Merged(3, bulk.Id), Rejected(4)], default);
            await new BulkRows<ImportedCopy>(db).InsertAsync([Relabelled(bulkCopy, bulk.Id), ImportedCopy.Of(batch.Id, 8, bulkRejectedCopy, bulk.Id, "VEBRARY", "VB.9", "VB.9")], default);
            await transaction.CommitAsync();
        }

        bulk.Headings.Count.ShouldBeGreaterThan(3);
        string[] heading = ["Id", "RecordId"];
        Lines(await StoredRowsAsync(db, "cat_record_headings", "RecordId", bulk.Id, heading))
            .ShouldBe(Lines(await StoredRowsAsync(db, "cat_record_headings", "RecordId", tracked.Id, heading)));
        string[] staged = ["Id", "Index", "ByteOffset", "RecordId", "MatchRecordId"];
        var merged = await StoredAsync(db, "cat_import_records", "RecordId", bulk.Id, staged);
        merged.ShouldBe(await StoredAsync(db, "cat_import_records", "RecordId", tracked.Id, staged));
        merged.ShouldContain(c => c.StartsWith("UpdatedAtBefore=", StringComparison.Ordinal) && c.Length > "UpdatedAtBefore=NULL".Length);
        string[] rejected = ["Id", "Index", "ByteOffset"];
        var rejectedRows = Lines(await StoredRowsAsync(db, "cat_import_records", "BatchId", batch.Id, rejected))
            .Where(r => r.Contains("RejectCode='NOT_MARC'", StringComparison.Ordinal) || r.Contains("RejectCode=NOT_MARC", StringComparison.Ordinal)).ToList();
        rejectedRows.Count.ShouldBe(2);
        rejectedRows.Distinct().Count().ShouldBe(1, "both rejected rows should be stored alike");
        string[] mapping = ["Id", "CopyId", "RecordId"];
        (await StoredAsync(db, "cat_import_copies", "CopyId", bulkCopy, mapping)).ShouldBe(await StoredAsync(db, "cat_import_copies", "CopyId", trackedCopy, mapping));
        (await StoredAsync(db, "cat_import_copies", "CopyId", bulkRejectedCopy, mapping))
            .ShouldBe(await StoredAsync(db, "cat_import_copies", "CopyId", trackedRejectedCopy, mapping));
    }

    /// <summary>A record's OPAC words as "field|position|folded|exact", as the engine holds them (SQLite: quote(), with storage types).</summary>
    private static async Task<List<string>> WordsAsync(CatalogDbContext db, Guid record)
    {
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            var texts = string.Join(" || '|' || ", SqliteWords.Columns.Split(", ").Select(c => Held(db, $"w.{c}")));
            var row = await RowsAsync(db, $"SELECT {texts} FROM {SqliteWords.Table} w JOIN \"cat_search_documents\" d ON d.\"DocNo\" = w.rowid "
                                           + "WHERE d.\"RecordId\" = @key", record);
            return [.. row.Single()[0].Split('|').SelectMany(t => t.Trim('\'').Split(' ')).Select(w => $"'{w}'")];
        }
        var schema = "\"catalog\".";
        var word = string.Join(" || '|' || ", new[] { "Field", "Position", "Folded", "Exact" }.Select(c => Held(db, $"t.\"{c}\"")));
        var rows = await RowsAsync(db, $"SELECT {word} FROM {schema}\"cat_search_tokens\" t JOIN {schema}\"cat_search_documents\" d ON d.\"DocNo\" = t.\"DocNo\" "
                                       + "WHERE d.\"RecordId\" = @key ORDER BY t.\"Field\", t.\"Position\"", record);
        return [.. rows.Select(r => r[0])];
    }

    /// <summary>Each column of the row as "Name=value", the value as the engine holds it (SQLite: quote(), which shows its storage type).</summary>
    private static async Task<List<string>> StoredAsync(CatalogDbContext db, string table, string keyColumn, Guid key, params string[] except) =>
        [.. (await StoredRowsAsync(db, table, keyColumn, key, except))[0]];

    /// <summary>Every row with the key, each column as "Name=value", the rows in the order of their values.</summary>
    private static async Task<List<string[]>> StoredRowsAsync(CatalogDbContext db, string table, string keyColumn, Guid key, params string[] except)
    {
        var entity = db.Model.GetEntityTypes().Single(e => e.GetTableName() == table && e.GetViewName() is null);
        var columns = entity.GetProperties().Select(p => p.GetColumnName()).Where(c => !except.Contains(c)).ToList();
        var rows = await RowsAsync(db, $"SELECT {string.Join(", ", columns.Select(c => Held(db, $"\"{c}\"")))} FROM {Name(entity)} WHERE \"{keyColumn}\" = @key", key);
        rows.Count.ShouldBeGreaterThan(0, $"{table} should hold the row");
        return [.. rows.Select(row => columns.Select((c, i) => $"{c}={row[i]}").ToArray()).OrderBy(row => string.Join('\n', row), StringComparer.Ordinal)];
    }

    /// <summary>Each row as one line of its columns: rows compared as a whole.</summary>
    private static List<string> Lines(List<string[]> rows) => [.. rows.Select(row => string.Join(" | ", row))];

    /// <summary>A column as the engine holds it, as text: SQLite's quote() shows its storage type too.</summary>
    private static string Held(CatalogDbContext db, string column) => db.Provider == DatabaseProvider.Sqlite ? $"quote({column})" : $"{column}::text";

    /// <summary>The rows a query with one id parameter (@key) answers, each column as text ("" for a null).</summary>
    private static async Task<List<string[]>> RowsAsync(CatalogDbContext db, string sql, Guid key)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@key";
            parameter.Value = key;
            command.Parameters.Add(parameter);
            var rows = new List<string[]>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetString(i))]);
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Name(Microsoft.EntityFrameworkCore.Metadata.IEntityType entity) =>
        entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";

    private static string Id(CatalogDbContext db, Guid id) => db.Provider == DatabaseProvider.Sqlite ? $"'{id.ToString().ToUpperInvariant()}'" : id.ToString();
}
