using System.Text;

namespace LibraryIls.Catalog.Marc.Generation;

/// <summary>Names, titles, publishers and places as they appear in Vietnamese public library catalogues.</summary>
internal static class VietnameseCatalogueWords
{
    public static readonly string[] Authors = Nfc(
        "Nguyễn Du", "Tô Hoài", "Nam Cao", "Nguyễn Nhật Ánh", "Vũ Trọng Phụng", "Ngô Tất Tố", "Nguyễn Huy Thiệp",
        "Bảo Ninh", "Xuân Quỳnh", "Hồ Xuân Hương", "Nguyễn Tuân", "Thạch Lam", "Nhất Linh", "Khái Hưng",
        "Sơn Nam", "Đoàn Giỏi", "Nguyễn Ngọc Tư", "Ma Văn Kháng", "Lê Lựu", "Dương Thu Hương", "Phan Bội Châu",
        "Trần Đăng Khoa", "Võ Quảng", "Nguyễn Khải", "Nguyễn Minh Châu", "Chu Lai", "Đặng Thùy Trâm",
        "Trần Quốc Vượng", "Phan Huy Lê", "Đào Duy Anh", "Lê Quý Đôn", "Nguyễn Trãi", "Phạm Văn Đồng");

    public static readonly string[] Titles = Nfc(
        "Truyện Kiều", "Dế Mèn phiêu lưu ký", "Chí Phèo", "Số đỏ", "Tắt đèn", "Vợ chồng A Phủ", "Nỗi buồn chiến tranh",
        "Cho tôi xin một vé đi tuổi thơ", "Mắt biếc", "Đất rừng phương Nam", "Cánh đồng bất tận", "Tôi thấy hoa vàng trên cỏ xanh",
        "Hương rừng Cà Mau", "Gió lạnh đầu mùa", "Vang bóng một thời", "Nhật ký Đặng Thùy Trâm", "Góc sân và khoảng trời",
        "Lịch sử Việt Nam", "Đại Việt sử ký toàn thư", "Việt Nam văn hoá sử cương", "Kể chuyện lịch sử Việt Nam",
        "Giáo trình tin học cơ bản", "Kỹ thuật trồng lúa nước", "Sổ tay nuôi trồng thuỷ sản", "Từ điển tiếng Việt",
        "Địa chí Hà Nội", "Văn hoá làng xã Việt Nam", "Ca dao tục ngữ Việt Nam", "Thơ Xuân Quỳnh", "Bình Ngô đại cáo");

    public static readonly string[] Subtitles = Nfc(
        "tiểu thuyết", "truyện ngắn", "tập truyện", "hồi ký", "thơ", "truyện thiếu nhi", "khảo cứu", "giáo trình",
        "sách tham khảo", "tuyển tập", "bút ký", "tài liệu hướng dẫn");

    public static readonly (string Publisher, string Place)[] Publishers =
    [
        .. new[]
        {
            ("Nxb. Kim Đồng", "Hà Nội"), ("Nxb. Trẻ", "TP. Hồ Chí Minh"), ("Nxb. Văn học", "Hà Nội"),
            ("Nxb. Giáo dục Việt Nam", "Hà Nội"), ("Nxb. Hội Nhà văn", "Hà Nội"), ("Nxb. Chính trị quốc gia Sự thật", "Hà Nội"),
            ("Nxb. Tổng hợp Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh"), ("Nxb. Đà Nẵng", "Đà Nẵng"), ("Nxb. Thuận Hoá", "Huế"),
            ("Nxb. Nông nghiệp", "Hà Nội"), ("Nxb. Khoa học xã hội", "Hà Nội"), ("Nxb. Phụ nữ Việt Nam", "Hà Nội"),
        }.Select(p => (Nfc(p.Item1)[0], Nfc(p.Item2)[0])),
    ];

    /// <summary>DDC numbers with the subject a Vietnamese library files under them.</summary>
    public static readonly (string Number, string Subject)[] Classes =
    [
        .. new[]
        {
            ("895.9223", "Văn học Việt Nam -- Tiểu thuyết"), ("895.9221", "Văn học Việt Nam -- Thơ"),
            ("895.92234", "Văn học Việt Nam -- Truyện ngắn"), ("895.9228", "Văn học Việt Nam -- Hồi ký"),
            ("959.7", "Lịch sử Việt Nam"), ("959.704", "Lịch sử Việt Nam -- Thế kỷ 20"), ("915.97", "Địa lý Việt Nam"),
            ("398.209597", "Văn học dân gian Việt Nam"), ("495.922", "Tiếng Việt"), ("004", "Tin học"),
            ("633.18", "Cây lúa"), ("639.8", "Nuôi trồng thuỷ sản"), ("306.09597", "Văn hoá Việt Nam"),
            ("372.21", "Giáo dục mầm non"), ("610", "Y học"),
        }.Select(c => (c.Item1, Nfc(c.Item2)[0])),
    ];

    public static readonly string[] Sites = ["TVHN", "TVHCM", "TVDN", "TVHUE", "TVCT"];

    public static readonly string[] Locations = Nfc("Kho mượn", "Phòng đọc", "Kho thiếu nhi", "Kho lưu chiểu", "Xe lưu động");

    public static readonly string[] RegistrationPrefixes = ["VV", "VN", "TN", "DC"];

    private static string[] Nfc(params string[] texts) =>
        [.. texts.Select(t => t.Normalize(NormalizationForm.FormC))];
}
