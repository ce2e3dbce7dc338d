using LibraryIls.Catalog.Contracts;
using static LibraryIls.Testing.ReportingData.ColumnKind;

namespace LibraryIls.Testing.ReportingData.DerivedViews;

/// <summary>
/// rpt_opac_accesses_v1 ← catalog.cat_opac_accesses, with the generated ids. PostgreSQL's identity is then moved past
/// them, so an access the OPAC logs afterwards does not collide with a generated one.
/// </summary>
public sealed class OpacAccessesWriter : IViewRowWriter<OpacAccessRowV1>
{
    public async Task<long> WriteAsync(BulkTableWriter db, IEnumerable<OpacAccessRowV1> rows, CancellationToken ct = default)
    {
        var written = await db.WriteAsync("catalog", "cat_opac_accesses",
            [new("AccessId", Long), new("Kind", Text), new("OccurredAtUtc", Instant), new("SiteId", ColumnKind.Guid)],
            rows, r => [r.AccessId, r.Kind, r.OccurredAtUtc, r.SiteId], ct);
        if (!db.IsSqlite)
            await db.ExecuteAsync("""
                SELECT setval(pg_get_serial_sequence('catalog.cat_opac_accesses', 'AccessId'),
                              (SELECT COALESCE(MAX("AccessId"), 0) + 1 FROM catalog.cat_opac_accesses), false)
                """, ct);
        return written;
    }
}
