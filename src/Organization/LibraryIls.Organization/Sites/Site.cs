using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Organization.Contracts;

namespace LibraryIls.Organization.Sites;

/// <summary>A library, branch, reading room, rotation point or the mobile van.</summary>
internal sealed class Site
{
    private Site() { }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public SiteLevel Level { get; private set; }
    public SiteKind Kind { get; private set; }
    public Guid? ParentId { get; private set; }
    public RotationPointKind? PointKind { get; private set; }
    public bool IsRural { get; private set; }

    /// <summary>Vùng có điều kiện kinh tế - xã hội khó khăn / đặc biệt khó khăn: the rotation report counts points there.</summary>
    public bool IsDisadvantagedArea { get; private set; }
    public string? Address { get; private set; }

    public static Site Create(string code, string name, SiteLevel level, SiteKind kind, Site? parent,
        RotationPointKind? pointKind, bool isRural, string? address, bool isDisadvantagedArea = false)
    {
        var site = new Site { Id = Guid.CreateVersion7(), Code = code.Trim().ToUpperInvariant() };
        site.Change(name, level, kind, parent, pointKind, isRural, address, isDisadvantagedArea);
        return site;
    }

    public void Change(string name, SiteLevel level, SiteKind kind, Site? parent,
        RotationPointKind? pointKind, bool isRural, string? address, bool isDisadvantagedArea = false)
    {
        if (parent is not null && parent.Id == Id)
            throw new RuleViolationException("SITE_PARENT_IS_ITSELF", new Bilingual(
                "Một cơ sở không thể trực thuộc chính nó.", "A site cannot be its own parent."));
        // A commune reading room can sit under a district library, never the other way round.
        if (parent is not null && parent.Level > level)
            throw new RuleViolationException("SITE_PARENT_LEVEL_BELOW", new Bilingual(
                $"Đơn vị cấp trên '{parent.Code}' có cấp thấp hơn cơ sở này.",
                $"Parent site '{parent.Code}' is at a lower level than this site."));
        if (pointKind is not null && kind != SiteKind.RotationPoint)
            throw new RuleViolationException("POINT_KIND_ONLY_FOR_ROTATION_POINTS", new Bilingual(
                "Chỉ điểm luân chuyển mới có loại điểm.", "Only rotation points have a point kind."));
        Name = name.Trim().Normalize();
        Level = level;
        Kind = kind;
        ParentId = parent?.Id;
        PointKind = pointKind;
        IsRural = isRural;
        IsDisadvantagedArea = isDisadvantagedArea;
        Address = address?.Trim().Normalize();
    }

    public SiteInfo ToInfo() => new(Id, Code, Name, Level, Kind, ParentId, PointKind, IsRural, IsDisadvantagedArea);
}
