using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Records;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Matching;

/// <summary>The catalogue record an incoming record matched, how strongly, and on which points.</summary>
internal sealed record MatchResult(Guid RecordId, int Score, string MatchedOn);

/// <summary>
/// Finds, for a chunk of incoming records at once, the catalogue record each one matches under a rule:
/// one query for all their keys, then the weights added up in memory. Records added earlier in the same
/// chunk (not yet saved) are passed in as <c>pending</c>.
/// </summary>
internal sealed class RecordMatcher(CatalogDbContext db)
{
    public async Task<Dictionary<string, List<Guid>>> LookUpAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        var wanted = keys.Distinct().ToList();
        var found = new Dictionary<string, List<Guid>>(StringComparer.Ordinal);
        foreach (var slice in wanted.Chunk(2000))
        {
            // One parameter holding the list (json_each on SQLite, an array on PostgreSQL), not EF 10's default of one
            // parameter per key: Microsoft.Data.Sqlite binds parameters by name, so 2,000 of them cost the square of that.
            var hits = await db.Headings.AsNoTracking()
                .Where(h => h.Kind == HeadingKind.MatchKey && EF.Parameter(slice).Contains(h.Key))
                .Select(h => new { h.Key, h.RecordId }).ToListAsync(ct);
            foreach (var hit in hits)
            {
                if (!found.TryGetValue(hit.Key, out var ids)) found[hit.Key] = ids = [];
                if (!ids.Contains(hit.RecordId)) ids.Add(hit.RecordId);
            }
        }
        return found;
    }

    public static MatchResult? Best(MatchRule rule, IReadOnlyList<(MatchPointKind Kind, string Key)> keys,
        Dictionary<string, List<Guid>> catalogue, Dictionary<string, List<Guid>>? pending = null)
    {
        // Most records of an import match nothing: no tally is made for them.
        if (!AnyKnown(keys, catalogue) && (pending is null || !AnyKnown(keys, pending))) return null;
        var scores = new Dictionary<Guid, (int Score, List<string> On)>();
        foreach (var point in rule.Points)
        {
            var candidates = new HashSet<Guid>();
            foreach (var (kind, key) in keys)
            {
                if (kind != point.Kind) continue;
                if (catalogue.TryGetValue(key, out var ids)) candidates.UnionWith(ids);
                if (pending is not null && pending.TryGetValue(key, out var more)) candidates.UnionWith(more);
            }
            foreach (var id in candidates)
            {
                var (score, on) = scores.TryGetValue(id, out var s) ? s : (0, []);
                on.Add(point.Kind.ToString());
                scores[id] = (score + point.Weight, on);
            }
        }
        if (scores.Count == 0) return null;
        var best = scores.OrderByDescending(s => s.Value.Score).ThenBy(s => s.Key).First();
        return best.Value.Score >= rule.Threshold ? new MatchResult(best.Key, best.Value.Score, string.Join('+', best.Value.On)) : null;
    }

    private static bool AnyKnown(IReadOnlyList<(MatchPointKind Kind, string Key)> keys, Dictionary<string, List<Guid>> known)
    {
        foreach (var (_, key) in keys)
            if (known.ContainsKey(key)) return true;
        return false;
    }
}
