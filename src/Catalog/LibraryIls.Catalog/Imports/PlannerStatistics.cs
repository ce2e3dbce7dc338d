using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Records;
using LibraryIls.Catalog.Search;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// On PostgreSQL the planner picks how a chunk finds its match keys, registration numbers and records from the tables'
/// statistics, which autovacuum refreshes a minute or more after a tenth of a table changed. A batch that grows the
/// catalogue faster than that (the first merge of the legacy catalogues into an empty one) would run on the plans of the
/// tables as they were, made for far fewer rows than they now hold. So a committing batch
/// analyses those tables itself whenever it has added as many records as the catalogue held when they were last analysed
/// (at 1,000, 2,000, 4,000 … into an empty catalogue; never in a 100,000-record batch into a catalogue of a million).
/// ANALYZE reads a sample and blocks no reader or writer. The other engines keep their statistics themselves.
/// </summary>
internal sealed class PlannerStatistics(CatalogDbContext db)
{
    private const int AtLeast = 1000;
    private long _catalogue = -1;
    private long _addedAtLast;

    public async Task RefreshWhenGrownAsync(long addedByBatch, CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.Postgres) return;
        if (_catalogue < 0)
        {
            _catalogue = await db.Records.LongCountAsync(ct);
            _addedAtLast = addedByBatch;
        }
        var added = addedByBatch - _addedAtLast;
        if (added < Math.Max(AtLeast, _catalogue)) return;
        var analyse = "ANALYZE " + string.Join(", ", new[]
        {
            new BulkRows<BibliographicRecord>(db).TableName, new BulkRows<RecordHeading>(db).TableName, new BulkRows<RecordVersion>(db).TableName,
            new BulkRows<Copy>(db).TableName, new BulkRows<SearchDocument>(db).TableName, new BulkRows<SearchToken>(db).TableName,
            new BulkRows<SearchHolding>(db).TableName,
        });
        await db.Database.ExecuteSqlRawAsync(analyse, ct);
        _catalogue += added;
        _addedAtLast = addedByBatch;
    }
}
