using LibraryIls.Organization.Contracts;
using LibraryIls.Organization.Sites;

namespace LibraryIls.Organization.Demo;

/// <summary>
/// A demo provincial network shaped like the reference case (docs/domain.md): a provincial library merged
/// from three, its district and commune libraries, rotation points of each kind and a mobile van.
/// </summary>
internal static class DemoNetwork
{
    public const string Province = "TVT";

    public static IReadOnlyList<SiteRequest> Sites { get; } =
    [
        new(Province, "Thư viện tỉnh Vĩnh Long", SiteLevel.Province, SiteKind.Library, null),
        new("TVT-TSC", "Trụ sở chính", SiteLevel.Province, SiteKind.Branch, Province, Address: "Số 2 Hoàng Thái Hiếu, Phường 1"),
        new("TVT-CS1", "Cơ sở 1 (nguyên Thư viện tỉnh Trà Vinh)", SiteLevel.Province, SiteKind.Branch, Province),
        new("TVT-CS2", "Cơ sở 2 (nguyên Thư viện tỉnh Bến Tre)", SiteLevel.Province, SiteKind.Branch, Province),
        new("TVT-XE", "Xe thư viện lưu động", SiteLevel.Province, SiteKind.MobileVan, Province),
        new("H-LH", "Thư viện huyện Long Hồ", SiteLevel.District, SiteKind.Library, Province),
        new("H-MT", "Thư viện huyện Mang Thít", SiteLevel.District, SiteKind.Library, Province),
        new("H-TO", "Thư viện huyện Trà Ôn", SiteLevel.District, SiteKind.Library, Province),
        new("X-PH", "Thư viện xã Phước Hậu", SiteLevel.Commune, SiteKind.Library, "H-LH", IsRural: true),
        new("X-LH", "Thư viện xã Lộc Hòa", SiteLevel.Commune, SiteKind.Library, "H-LH", IsRural: true),
        new("X-CA", "Thư viện xã Chánh An", SiteLevel.Commune, SiteKind.Library, "H-MT", IsRural: true),
        new("X-MP", "Phòng đọc sách xã Mỹ Phước", SiteLevel.Commune, SiteKind.ReadingRoom, "H-MT", IsRural: true),
        new("X-HT", "Thư viện xã Hựu Thành", SiteLevel.Commune, SiteKind.Library, "H-TO", IsRural: true),
        new("X-TM", "Phòng đọc sách xã Thiện Mỹ", SiteLevel.Commune, SiteKind.ReadingRoom, "H-TO", IsRural: true, IsDisadvantagedArea: true),
        new("LC-THCS-LP", "Trường THCS Long Phước", SiteLevel.Commune, SiteKind.RotationPoint, "H-LH",
            RotationPointKind.School, IsRural: true),
        new("LC-TG-PH", "Trại giam Phước Hòa", SiteLevel.Commune, SiteKind.RotationPoint, Province,
            RotationPointKind.PrisonOrDetentionCentre, IsRural: true),
        new("LC-BP-TH", "Đồn Biên phòng Tân Hòa", SiteLevel.Commune, SiteKind.RotationPoint, Province,
            RotationPointKind.BorderPost, IsRural: true, IsDisadvantagedArea: true),
        new("LC-BDVH-LH", "Điểm Bưu điện - Văn hóa xã Lộc Hòa", SiteLevel.Commune, SiteKind.RotationPoint, "H-LH",
            RotationPointKind.CommuneCulturePoint, IsRural: true),
    ];

    public static IReadOnlyList<(string UserName, string FullName, string Role, string[] Sites)> Staff { get; } =
    [
        ("demo.admin", "Quản trị hệ thống", BuildingBlocks.Security.Roles.Admin, []),
        ("demo.bienmuc", "Nguyễn Thị Thu Hà", BuildingBlocks.Security.Roles.Cataloguer, [Province]),
        ("demo.thuthu", "Trần Văn Minh", BuildingBlocks.Security.Roles.DeskStaff, ["TVT-TSC"]),
        ("demo.thuthu.cs1", "Lê Thị Bích Ngọc", BuildingBlocks.Security.Roles.DeskStaff, ["TVT-CS1"]),
        ("demo.thuthu.phuochau", "Phạm Văn Đức", BuildingBlocks.Security.Roles.DeskStaff, ["X-PH"]),
        ("demo.thuthu.longho", "Võ Thị Kim Anh", BuildingBlocks.Security.Roles.DeskStaff, ["H-LH"]),
        ("demo.quanly", "Đặng Quốc Hùng", BuildingBlocks.Security.Roles.Manager, [Province]),
        ("demo.quanly.longho", "Huỳnh Thị Mai", BuildingBlocks.Security.Roles.Manager, ["H-LH"]),
    ];
}
