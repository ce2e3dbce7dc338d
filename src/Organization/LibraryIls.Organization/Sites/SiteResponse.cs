using LibraryIls.Organization.Contracts;

namespace LibraryIls.Organization.Sites;

public sealed record SiteResponse(
    Guid Id, string Code, string Name, SiteLevel Level, SiteKind Kind, Guid? ParentId,
    RotationPointKind? PointKind, bool IsRural, string? Address,
    bool IsDisadvantagedArea)
{
    internal static SiteResponse From(Site s) =>
        new(s.Id, s.Code, s.Name, s.Level, s.Kind, s.ParentId, s.PointKind, s.IsRural, s.Address, s.IsDisadvantagedArea);
}
