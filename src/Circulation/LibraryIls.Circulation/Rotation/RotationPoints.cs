using LibraryIls.Organization.Contracts;

namespace LibraryIls.Circulation.Rotation;

/// <summary>
/// Where a batch may go (Circular 05/2022/TT-BVHTTDL): a rotation point of any kind, a commune reading room, or a
/// commune library (the "81 commune reading rooms supported" of the reference report).
/// </summary>
internal static class RotationPoints
{
    public static bool CanReceive(SiteInfo site) => site.Kind switch
    {
        SiteKind.RotationPoint or SiteKind.ReadingRoom => true,
        SiteKind.Library => site.Level == SiteLevel.Commune,
        _ => false,
    };
}
