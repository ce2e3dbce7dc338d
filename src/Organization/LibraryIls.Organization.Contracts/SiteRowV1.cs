namespace LibraryIls.Organization.Contracts;

/// <summary>
/// A row of the published view <c>rpt_organization_sites_v1</c>: the network as Reporting needs it for
/// breakdowns by level and site, subtree scoping and rural or disadvantaged areas. Enums are their names.
/// </summary>
public sealed record SiteRowV1(
    Guid SiteId,
    string Code,
    string Name,
    string Level,
    string Kind,
    Guid? ParentId,
    string? PointKind,
    bool IsRural,
    bool IsDisadvantagedArea)
{
    public const string ViewName = "rpt_organization_sites_v1";
}
