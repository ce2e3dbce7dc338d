using LibraryIls.Catalog.Contracts;
using static LibraryIls.Testing.ReportingData.ColumnKind;

namespace LibraryIls.Testing.ReportingData.PendingViews;

/// <summary>STAND-IN for rpt_opac_accesses_v1 (Catalog): replace with a writer into Catalog's access table after merging.</summary>
public sealed class OpacAccessesStandIn : IViewRowWriter<OpacAccessRowV1>
{
    public async Task<long> WriteAsync(BulkTableWriter db, IEnumerable<OpacAccessRowV1> rows, CancellationToken ct = default)
    {
        await StandInTable.CreateAsync(db, "catalog", OpacAccessRowV1.ViewName,
            [("AccessId", "INTEGER", "bigint"), ("Kind", "TEXT", "varchar(16)"), ("OccurredAtUtc", "TEXT", "timestamptz"), ("SiteId", "TEXT", "uuid")]);
        return await db.WriteAsync("catalog", OpacAccessRowV1.ViewName,
            [new("AccessId", Long), new("Kind", Text), new("OccurredAtUtc", Instant), new("SiteId", ColumnKind.Guid)],
            rows, r => [r.AccessId, r.Kind, r.OccurredAtUtc, r.SiteId], ct);
    }
}
