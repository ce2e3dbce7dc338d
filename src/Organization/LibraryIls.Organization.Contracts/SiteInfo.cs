namespace LibraryIls.Organization.Contracts;

public sealed record SiteInfo(
    Guid Id,
    string Code,
    string Name,
    SiteLevel Level,
    SiteKind Kind,
    Guid? ParentId,
    RotationPointKind? PointKind,
    bool IsRural,
    bool IsDisadvantagedArea = false);
