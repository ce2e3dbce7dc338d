using LibraryIls.Catalog.Contracts;

namespace LibraryIls.Reporting.Annual;

/// <summary>What a librarian reads for a breakdown key: Vietnamese names of levels, sources, DDC classes, …</summary>
internal sealed class BreakdownLabels(SiteNetwork network, ReportPeriod period)
{
    private static readonly Dictionary<string, string> Levels = new()
    {
        ["Province"] = "Cấp tỉnh", ["District"] = "Cấp huyện", ["Commune"] = "Cấp xã",
    };

    private static readonly Dictionary<string, string> Sources = new()
    {
        [nameof(AcquisitionSource.Purchase)] = "Mua", [nameof(AcquisitionSource.Donation)] = "Tặng, biếu (xã hội hóa)",
        [nameof(AcquisitionSource.LegalDeposit)] = "Lưu chiểu",
    };

    private static readonly Dictionary<string, string> Locations = new()
    {
        [nameof(CopyLocation.ReadingRoom)] = "Kho đọc", [nameof(CopyLocation.Lending)] = "Kho mượn",
        [nameof(CopyLocation.Children)] = "Kho thiếu nhi", [nameof(CopyLocation.LocalStudies)] = "Kho địa chí",
        [nameof(CopyLocation.Rotation)] = "Kho luân chuyển",
    };

    private static readonly Dictionary<string, string> Ddc = new()
    {
        ["000"] = "000 Tin học, thông tin và tác phẩm tổng quát", ["100"] = "100 Triết học và tâm lý học", ["200"] = "200 Tôn giáo",
        ["300"] = "300 Khoa học xã hội", ["400"] = "400 Ngôn ngữ", ["500"] = "500 Khoa học tự nhiên", ["600"] = "600 Công nghệ",
        ["700"] = "700 Nghệ thuật và giải trí", ["800"] = "800 Văn học", ["900"] = "900 Lịch sử và địa lý",
    };

    private static readonly Dictionary<string, string> PointKinds = new()
    {
        ["School"] = "Trường học", ["PrisonOrDetentionCentre"] = "Trại giam, trại tạm giam", ["DrugRehabilitationCentre"] = "Cơ sở cai nghiện",
        ["BorderPost"] = "Đồn biên phòng", ["CommuneCulturePoint"] = "Điểm Bưu điện - Văn hóa xã", ["PoliceReadingRoom"] = "Phòng đọc Công an",
        ["CommunityBookcase"] = "Tủ sách cộng đồng", ["Homestay"] = "Homestay", ["BookCafe"] = "Cà phê sách", ["ReligiousSite"] = "Cơ sở thờ tự, tôn giáo",
        ["Other"] = "Khác",
    };

    private static readonly Dictionary<string, string> Kinds = new()
    {
        ["Renewal"] = "Gia hạn tại quầy, trực tuyến", ["AutomaticRenewal"] = "Gia hạn tự động",
    };

    private readonly IReadOnlyList<string> _months = period.MonthLabels();

    public string Of(string dimension, string key)
    {
        if (key.Length == 0) return "Không xác định";
        return dimension switch
        {
            Dimensions.Level => Levels.GetValueOrDefault(key, key),
            Dimensions.Site or Dimensions.Stop => Guid.TryParse(key, out var id) && network.Find(id) is { } site ? $"{site.Code} — {site.Name}" : key,
            Dimensions.Month => int.TryParse(key, out var m) && m < _months.Count ? _months[m] : key,
            Dimensions.Source => Sources.GetValueOrDefault(key, key),
            Dimensions.Location => Locations.GetValueOrDefault(key, key),
            Dimensions.Ddc => Ddc.GetValueOrDefault(key, key),
            Dimensions.PointKind => PointKinds.GetValueOrDefault(key, key),
            Dimensions.Rural => key switch { "true" => "Nông thôn", Dimensions.Online => "Trực tuyến (không theo địa bàn)", _ => "Thành thị" },
            Dimensions.LocalStudies => key == "true" ? "Tài liệu địa chí" : "Tài liệu khác",
            Dimensions.Channel or Dimensions.Kind when Indicators.ByCode.TryGetValue(key, out var indicator) => indicator.NameVi,
            Dimensions.Kind => Kinds.GetValueOrDefault(key, key),
            _ => key,
        };
    }

    /// <summary>Months in period order; the rest by label.</summary>
    public static IEnumerable<BreakdownFigure> Ordered(string dimension, IEnumerable<BreakdownFigure> rows) =>
        dimension == Dimensions.Month ? rows.OrderBy(r => int.TryParse(r.Key, out var m) ? m : int.MaxValue)
            : rows.OrderBy(r => r.Key.Length == 0).ThenBy(r => r.Label, StringComparer.Ordinal);
}
