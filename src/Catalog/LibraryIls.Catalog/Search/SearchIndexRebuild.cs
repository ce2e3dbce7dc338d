using System.Data.Common;
using System.Diagnostics;
using System.Text;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Records;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace LibraryIls.Catalog.Search;

public sealed record SearchIndexRebuilt(int Records, long Words, double Seconds);

/// <summary>
/// Rebuilds the OPAC index from the records in one pass: after a bulk load, a restore, or a change to how
/// words are cut. Words go in by the engine's fast path (PostgreSQL COPY, batched inserts elsewhere) with the
/// word index dropped meanwhile and built once at the end. Tombstones stay: harvesters still need them.
/// </summary>
internal sealed class SearchIndexRebuild(CatalogDbContext db, ConnectedDatabase database)
{
    private const int RecordsPerBatch = 2000;
    private const int RowsPerInsert = 400;
    private const string WordIndex = "IX_cat_search_tokens_Folded_DocNo_Field_Exact";

    public async Task<SearchIndexRebuilt> Run(TextWriter? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var sql = new SearchSql(database.Provider);
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var deleteAll = $"DELETE FROM {sql.Tokens}";
        await db.Database.ExecuteSqlRawAsync(deleteAll, ct);
        await db.Database.ExecuteSqlRawAsync(DropWordIndex(sql), ct);
        db.IndexOnSave = false;
        try
        {
            var records = 0;
            long words = 0;
            Guid? after = null;
            while (true)
            {
                var query = db.Records.AsNoTracking();
                if (after is { } last) query = query.Where(r => r.Id.CompareTo(last) > 0);
                var batch = await query.OrderBy(r => r.Id).Take(RecordsPerBatch).ToListAsync(ct);
                if (batch.Count == 0) break;
                after = batch[^1].Id;
                var ids = batch.Select(r => r.Id).ToList();
                var documents = await db.SearchDocuments.Where(d => ids.Contains(d.RecordId)).ToDictionaryAsync(d => d.RecordId, ct);
                foreach (var record in batch)
                {
                    if (!documents.TryGetValue(record.Id, out var document))
                    {
                        document = SearchDocument.For(record);
                        db.SearchDocuments.Add(document);
                        documents[record.Id] = document;
                    }
                    document.Describe(record, record.UpdatedAt);
                }
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                var rows = batch.SelectMany(r => RecordWords.Of(r.ToMarc()).Select(w => (documents[r.Id].DocNo, w.Field, w.Position, w.Word))).ToList();
                await Insert(sql, rows, ct);
                records += batch.Count;
                words += rows.Count;
                progress?.WriteLine($"  {records:N0} records, {words:N0} words, {clock.Elapsed.TotalSeconds:F0} s");
            }
            progress?.WriteLine("  building the word index and counting holdings …");
            await db.Database.ExecuteSqlRawAsync(CreateWordIndex(sql), ct);
            await SearchHoldings.RebuildAsync(db, ct);
            await SearchChanges.StampAllAsync(db, ct);
            return new SearchIndexRebuilt(records, words, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            db.IndexOnSave = true;
            db.Database.SetCommandTimeout(null);
        }
    }

    private async Task Insert(SearchSql sql, List<(long DocNo, SearchField Field, int Position, SearchWord Word)> rows, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (connection is NpgsqlConnection postgres)
            {
                await using var copy = await postgres.BeginBinaryImportAsync(
                    $"COPY {sql.Tokens} (\"DocNo\", \"Field\", \"Position\", \"Folded\", \"Exact\") FROM STDIN (FORMAT BINARY)", ct);
                foreach (var (docNo, field, position, word) in rows)
                {
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(docNo, NpgsqlDbType.Bigint, ct);
                    await copy.WriteAsync((short)field, NpgsqlDbType.Smallint, ct);
                    await copy.WriteAsync(position, NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(word.Folded, NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync(word.Exact, NpgsqlDbType.Varchar, ct);
                }
                await copy.CompleteAsync(ct);
                return;
            }
            await using var transaction = await connection.BeginTransactionAsync(ct);
            DbCommand? full = null;
            foreach (var chunk in rows.Chunk(RowsPerInsert))
            {
                var command = chunk.Length == RowsPerInsert && full is not null ? full : Prepare(connection, sql, chunk.Length);
                command.Transaction = transaction;
                for (var i = 0; i < chunk.Length; i++)
                {
                    var (docNo, field, position, word) = chunk[i];
                    command.Parameters[i * 5].Value = docNo;
                    command.Parameters[i * 5 + 1].Value = (byte)field;
                    command.Parameters[i * 5 + 2].Value = position;
                    command.Parameters[i * 5 + 3].Value = word.Folded;
                    command.Parameters[i * 5 + 4].Value = word.Exact;
                }
                await command.ExecuteNonQueryAsync(ct);
                if (chunk.Length == RowsPerInsert) full = command;
                else await command.DisposeAsync();
            }
            await transaction.CommitAsync(ct);
            if (full is not null) await full.DisposeAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbCommand Prepare(DbConnection connection, SearchSql sql, int rows)
    {
        var command = connection.CreateCommand();
        var text = new StringBuilder($"INSERT INTO {sql.Tokens} (\"DocNo\", \"Field\", \"Position\", \"Folded\", \"Exact\") VALUES ");
        for (var i = 0; i < rows; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append('(');
            for (var c = 0; c < 5; c++)
            {
                var name = $"@r{i}c{c}";
                text.Append(c == 0 ? "" : ", ").Append(name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
            text.Append(')');
        }
        command.CommandText = text.ToString();
        return command;
    }

    private string DropWordIndex(SearchSql sql) => database.Provider switch
    {
        DatabaseProvider.SqlServer => $"DROP INDEX IF EXISTS \"{WordIndex}\" ON {sql.Tokens}",
        DatabaseProvider.Postgres => $"DROP INDEX IF EXISTS \"catalog\".\"{WordIndex}\"",
        _ => $"DROP INDEX IF EXISTS \"{WordIndex}\"",
    };

    private static string CreateWordIndex(SearchSql sql) =>
        $"CREATE INDEX \"{WordIndex}\" ON {sql.Tokens} (\"Folded\", \"DocNo\", \"Field\", \"Exact\")";
}
