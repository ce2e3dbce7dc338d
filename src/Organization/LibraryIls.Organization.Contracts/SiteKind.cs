namespace LibraryIls.Organization.Contracts;

public enum SiteKind
{
    /// <summary>Thư viện (a library in its own right: provincial, district or commune).</summary>
    Library = 1,

    /// <summary>Cơ sở / trụ sở: a branch or former library of a merged one.</summary>
    Branch = 2,

    /// <summary>Phòng đọc sách cơ sở.</summary>
    ReadingRoom = 3,

    /// <summary>Điểm luân chuyển sách.</summary>
    RotationPoint = 4,

    /// <summary>Xe thư viện lưu động.</summary>
    MobileVan = 5,
}
