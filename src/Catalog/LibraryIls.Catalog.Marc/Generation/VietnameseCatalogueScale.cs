using System.Text;

namespace LibraryIls.Catalog.Marc.Generation;

/// <summary>
/// Titles and authors for catalogue-scale generation, so a million records are not thirty titles repeated: titles
/// are 2-7 words drawn from a vocabulary of real Vietnamese title words with Zipf-like frequencies (a few words such
/// as "việt nam", "lịch sử", "văn học" are in very many titles, most are rare), authors are family, middle and given
/// names drawn with the frequencies of Vietnamese names (Nguyễn about 38 %). One record in ten keeps a well-known title.
/// </summary>
internal sealed class VietnameseCatalogueScale
{
    // Ordered from the most to the least common, roughly as in the titles of a provincial library's catalogue.
    private static readonly string[] TitleWords = Nfc("""
        việt nam|lịch sử|văn học|truyện|hà nội|văn hoá|giáo trình|kỹ thuật|tuyển tập|thơ|con người|cuộc sống|kinh tế|phát triển|
        nghiên cứu|xã hội|nông thôn|tiếng việt|thiếu nhi|gia đình|tình yêu|quê hương|đất nước|miền nam|miền bắc|miền trung|
        chiến tranh|hoà bình|cách mạng|dân tộc|phong tục|lễ hội|truyền thống|làng|nghề|trồng|chăn nuôi|cây|lúa|rừng|biển|đảo|
        sông|núi|mùa xuân|mùa thu|mùa hè|mùa đông|tuổi thơ|tuổi trẻ|học sinh|sinh viên|thầy|cô giáo|mẹ|cha|con|bà|ông|
        những|người|ngày|đêm|một|hai|trăm|năm|thế kỷ|thời|đại|mới|xưa|cũ|đẹp|xanh|đỏ|vàng|trắng|hoa|lá|gió|mưa|nắng|trăng|
        sao|trời|đất|nước|lửa|đường|phố|chợ|quán|nhà|cửa|bếp|vườn|ruộng|đồng|bản|buôn|phum|sóc|huyện|tỉnh|thành phố|
        quản lý|hành chính|pháp luật|luật|hiến pháp|chính sách|đảng|nhà nước|an ninh|quốc phòng|giáo dục|y tế|sức khoẻ|bệnh|
        thuốc|nam|dinh dưỡng|môi trường|khí hậu|thiên nhiên|địa lý|địa chí|khảo cổ|di sản|di tích|bảo tàng|nghệ thuật|âm nhạc|
        hội hoạ|điện ảnh|sân khấu|chèo|tuồng|cải lương|quan họ|ca trù|dân ca|ca dao|tục ngữ|thành ngữ|câu đố|cổ tích|
        truyền thuyết|thần thoại|hồi ký|nhật ký|bút ký|tuỳ bút|phóng sự|tiểu thuyết|truyện ngắn|kịch|trường ca|lục bát|
        toán|vật lý|hoá học|sinh học|tin học|máy tính|lập trình|mạng|internet|công nghệ|khoa học|kỹ năng|sống|thành công|
        hạnh phúc|bình yên|cô đơn|nỗi nhớ|kỷ niệm|ước mơ|hy vọng|niềm tin|ký ức|hành trình|phiêu lưu|bí mật|huyền thoại|
        anh hùng|liệt sĩ|chiến sĩ|bộ đội|du kích|biên giới|trường sơn|điện biên phủ|sài gòn|huế|đà nẵng|cần thơ|cà mau|
        tây nguyên|tây bắc|đồng bằng|sông cửu long|sông hồng|hạ long|phú quốc|côn đảo|trường sa|hoàng sa|mekong|
        thủ công|gốm|lụa|mây tre|sơn mài|tranh|đông hồ|hàng trống|ẩm thực|món ăn|phở|bánh|chè|cà phê|trà|rượu|
        du lịch|kinh doanh|doanh nghiệp|thị trường|tài chính|ngân hàng|kế toán|marketing|quản trị|nhân sự|lao động|việc làm|
        phụ nữ|thanh niên|người cao tuổi|trẻ em|dân số|tôn giáo|phật giáo|đạo|chùa|đình|đền|miếu|nhà thờ|tín ngưỡng|
        triết học|tư tưởng|hồ chí minh|nguyễn trãi|trần hưng đạo|lý thường kiệt|quang trung|bà triệu|hai bà trưng|
        từ điển|sổ tay|cẩm nang|hướng dẫn|tài liệu|bài tập|đề thi|ôn tập|tham khảo|tra cứu|bách khoa|atlas|bản đồ
        """.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static readonly (string Name, int PerMille)[] FamilyNames =
    [
        .. new[]
        {
            ("Nguyễn", 384), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 31), ("Huỳnh", 20), ("Phan", 45), ("Vũ", 22),
            ("Võ", 17), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Đinh", 8),
            ("Trịnh", 6), ("Lương", 5), ("Mai", 4), ("Đào", 6), ("Cao", 4), ("Lâm", 3), ("Hà", 4), ("Chu", 3), ("Tạ", 3),
        }.Select(f => (Nfc(f.Item1)[0], f.Item2)),
    ];

    private static readonly string[] MiddleNames = Nfc("Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc", "Xuân", "Thu",
        "Kim", "Hoài", "Công", "Đình", "Thế", "Bá", "Quang", "Hồng", "Phương", "Anh", "Tuấn", "Bảo", "Gia", "Trọng");

    private static readonly string[] GivenNames = Nfc("An", "Anh", "Bình", "Châu", "Chi", "Cường", "Dũng", "Dung", "Giang", "Hà", "Hải",
        "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Huy", "Khoa", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Nhung",
        "Phong", "Phúc", "Phương", "Quang", "Quân", "Sơn", "Tâm", "Thắng", "Thảo", "Thuỷ", "Trang", "Trung", "Tuấn", "Tùng", "Vân",
        "Việt", "Xuân", "Yến", "Đức", "Hằng", "Khánh", "Lộc", "Nhân", "Quyên", "Thành", "Thu", "Tiến", "Toàn", "Trâm", "Uyên", "Vinh");

    private readonly double[] _cumulative;

    public VietnameseCatalogueScale()
    {
        _cumulative = new double[TitleWords.Length];
        var sum = 0.0;
        for (var rank = 0; rank < TitleWords.Length; rank++) _cumulative[rank] = sum += 1.0 / Math.Pow(rank + 1, 0.9);
    }

    public string Title(SplitMix64 random)
    {
        var words = new List<string>();
        for (var count = random.Next(2, 8); words.Count < count;)
        {
            var word = TitleWords[Zipf(random)];
            if (!words.Contains(word)) words.Add(word);
        }
        var title = string.Join(' ', words);
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    public string Author(SplitMix64 random)
    {
        var roll = random.Next(1000);
        var family = FamilyNames[^1].Name;
        foreach (var (name, perMille) in FamilyNames)
        {
            if (roll < perMille) { family = name; break; }
            roll -= perMille;
        }
        return random.Chance(15) ? $"{family} {random.Pick(GivenNames)}" : $"{family} {random.Pick(MiddleNames)} {random.Pick(GivenNames)}";
    }

    private int Zipf(SplitMix64 random)
    {
        var target = (random.NextULong() >> 11) * (1.0 / (1UL << 53)) * _cumulative[^1];
        var at = Array.BinarySearch(_cumulative, target);
        return Math.Min(at < 0 ? ~at : at, TitleWords.Length - 1);
    }

    private static string[] Nfc(params string[] texts) => [.. texts.Select(t => t.Normalize(NormalizationForm.FormC))];
}
