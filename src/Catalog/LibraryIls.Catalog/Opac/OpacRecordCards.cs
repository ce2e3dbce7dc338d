using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Records;
using LibraryIls.Catalog.Search;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Opac;

/// <summary>What a result list shows per record: the main fields and, from cat_copies, copies on the shelf per site.</summary>
internal sealed class OpacRecordCards(CatalogDbContext db, ISiteDirectory sites)
{
    public async Task<IReadOnlyList<OpacHit>> Hits(IReadOnlyList<(long DocNo, int Score)> ranked, Guid? siteId, CancellationToken ct)
    {
        if (ranked.Count == 0) return [];
        var docNos = ranked.Select(r => r.DocNo).ToList();
        var recordIds = await db.SearchDocuments.AsNoTracking().Where(d => docNos.Contains(d.DocNo))
            .ToDictionaryAsync(d => d.DocNo, d => d.RecordId, ct);
        var ids = recordIds.Values.ToList();
        var records = await db.Records.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.Title, r.Responsibility, r.Publisher, r.Year, r.Language, r.DdcClass, r.IsLocalStudies })
            .ToDictionaryAsync(r => r.Id, ct);
        // Kind is picked here, not in SQL: given "Kind = Author" SQLite walks the (Kind, Key) index over every author heading.
        var authors = (await db.Headings.AsNoTracking().Where(h => ids.Contains(h.RecordId))
            .Select(h => new { h.Id, h.RecordId, h.Kind, h.Display }).ToListAsync(ct))
            .Where(h => h.Kind == HeadingKind.Author).OrderBy(h => h.Id).ToLookup(h => h.RecordId, h => h.Display);
        var availability = await Availability(ids, siteId, ct);
        var hits = new List<OpacHit>(ranked.Count);
        foreach (var (docNo, score) in ranked)
        {
            if (!recordIds.TryGetValue(docNo, out var id) || !records.TryGetValue(id, out var r)) continue;
            hits.Add(new OpacHit(r.Id, r.Title, r.Responsibility, [.. authors[id]], r.Publisher, r.Year, r.Language, r.DdcClass,
                r.IsLocalStudies, score, availability[id].ToList()));
        }
        return hits;
    }

    /// <summary>Copies and copies on the shelf per record and site; only the given site's when the reader chose one.</summary>
    public async Task<ILookup<Guid, SiteAvailability>> Availability(IReadOnlyCollection<Guid> recordIds, Guid? siteId, CancellationToken ct)
    {
        var ids = recordIds.ToList();
        var copies = db.Copies.AsNoTracking().Where(c => ids.Contains(c.RecordId));
        if (siteId is { } only) copies = copies.Where(c => c.SiteId == only);
        var counts = await copies.GroupBy(c => new { c.RecordId, c.SiteId })
            .Select(g => new { g.Key.RecordId, g.Key.SiteId, Copies = g.Count(), Available = g.Count(c => c.Status == CopyStatus.Available) })
            .ToListAsync(ct);
        var rows = new List<(Guid RecordId, SiteAvailability Site)>();
        foreach (var c in counts)
        {
            var site = await sites.FindAsync(c.SiteId, ct);
            rows.Add((c.RecordId, new SiteAvailability(c.SiteId, site?.Code ?? "?", site?.Name ?? "?", c.Copies, c.Available)));
        }
        return rows.OrderBy(r => r.Site.SiteCode, StringComparer.Ordinal).ToLookup(r => r.RecordId, r => r.Site);
    }
}
