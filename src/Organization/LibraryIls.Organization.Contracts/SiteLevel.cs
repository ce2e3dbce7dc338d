namespace LibraryIls.Organization.Contracts;

/// <summary>Administrative level (cấp) the ministry reports by.</summary>
public enum SiteLevel
{
    /// <summary>Cấp tỉnh.</summary>
    Province = 1,

    /// <summary>Cấp huyện.</summary>
    District = 2,

    /// <summary>Cấp xã.</summary>
    Commune = 3,
}
