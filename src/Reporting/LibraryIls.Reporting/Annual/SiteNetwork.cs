using LibraryIls.Organization.Contracts;
using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual;

/// <summary>
/// The sites as rpt_organization_sites_v1 publishes them (a few hundred rows): names for the breakdowns,
/// subtrees for scoping, ancestors for the population of nested areas.
/// </summary>
internal sealed class SiteNetwork
{
    private readonly Dictionary<Guid, SiteRowV1> _byId;

    private SiteNetwork(IEnumerable<SiteRowV1> sites) => _byId = sites.ToDictionary(s => s.SiteId);

    public IReadOnlyCollection<SiteRowV1> Sites => _byId.Values;

    public static async Task<SiteNetwork> LoadAsync(Sources.SourceContext context, CancellationToken ct)
    {
        await using var q = context.Query();
        var rows = await q.RowsAsync($"""
            SELECT "SiteId", "Code", "Name", "Level", "Kind", "ParentId", "PointKind", "IsRural", "IsDisadvantagedArea"
            FROM {q.View("organization", SiteRowV1.ViewName)}
            """, ct);
        return new SiteNetwork(rows.Select(r => new SiteRowV1(Guid.Parse(Text(r[0])), Text(r[1]), Text(r[2]), Text(r[3]), Text(r[4]),
            r[5] is null ? null : Guid.Parse(Text(r[5])), r[6] is null ? null : Text(r[6]), Flag(r[7]), Flag(r[8]))));
    }

    public SiteRowV1? Find(Guid id) => _byId.GetValueOrDefault(id);

    public SiteRowV1? FindByCode(string code) => _byId.Values.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));

    public IReadOnlySet<Guid> Subtree(Guid root)
    {
        var children = _byId.Values.Where(s => s.ParentId is not null).ToLookup(s => s.ParentId!.Value, s => s.SiteId);
        var result = new HashSet<Guid>();
        var pending = new Stack<Guid>([root]);
        while (pending.TryPop(out var id))
            if (result.Add(id)) foreach (var child in children[id]) pending.Push(child);
        return result;
    }

    public IEnumerable<Guid> Ancestors(Guid id)
    {
        var seen = new HashSet<Guid> { id };
        for (var site = Find(id); site?.ParentId is { } parent && seen.Add(parent); site = Find(parent))
            yield return parent;
    }
}
