using LibraryIls.Reporting.Annual;

namespace LibraryIls.Reporting.Inputs;

/// <summary>A figure staff enter per year and site (the area the site serves).</summary>
internal sealed record InputKey(string Key, string NameVi, string NameEn, string Unit, string Rule)
{
    public string Code => "input." + Key;

    public Indicator Indicator() => new(Code, NameVi, NameEn, Unit, Rule);
}

internal static class InputKeys
{
    private const string Entered = "Entered by staff as an annual input (POST /api/reporting/inputs/{year})";

    public static readonly IReadOnlyList<InputKey> Digitisation =
    [
        new("digitisation.pages", "Số trang tài liệu số hóa", "Pages digitised", "trang", $"{Entered}; summed over the sites in the report."),
        new("digitisation.documents", "Số tài liệu số hóa", "Documents digitised", "tài liệu", $"{Entered}; summed over the sites in the report."),
        new("digitisation.collections", "Số bộ sưu tập số", "Digital collections", "bộ sưu tập", $"{Entered}; summed over the sites in the report."),
    ];

    public static readonly IReadOnlyList<InputKey> OtherLibraries =
    [
        new("privateLibraries.count", "Số thư viện tư nhân có phục vụ cộng đồng", "Private libraries serving the public", "thư viện", $"{Entered} (outline 2.3)."),
        new("privateLibraries.new", "Số thư viện tư nhân đăng ký thành lập mới trong năm", "Private libraries registered in the year", "thư viện", $"{Entered} (outline 2.3)."),
        new("privateLibraries.visits", "Lượt bạn đọc đến thư viện tư nhân", "Visits to private libraries", "lượt", $"{Entered} (outline 2.3); not in the network's visits."),
        new("communityLibraries.count", "Số thư viện cộng đồng", "Community libraries", "thư viện", $"{Entered} (outline 2.3)."),
        new("communityLibraries.visits", "Lượt bạn đọc thư viện cộng đồng", "Visits to community libraries", "lượt", $"{Entered} (outline 2.3); not in the network's visits."),
        new("readingSpaces.count", "Số phòng đọc cơ sở và không gian đọc", "Reading rooms and reading spaces", "phòng đọc", $"{Entered} (outline 2.3)."),
    ];

    public static readonly IReadOnlyList<InputKey> Population =
    [
        new("population.total", "Dân số", "Population", "người", $"{Entered} for the area a site serves; an area inside another entered area is not added again."),
        new("population.pupils", "Số học sinh, sinh viên", "Pupils and students", "người", $"{Entered}; as population."),
        new("population.rural", "Dân số nông thôn", "Rural population", "người", $"{Entered}; as population."),
    ];

    public static readonly IReadOnlyList<InputKey> All = [.. Digitisation, .. OtherLibraries, .. Population];

    public static readonly IReadOnlySet<string> PopulationKeys = Population.Select(k => k.Key).ToHashSet();

    public static InputKey? Find(string key) => All.FirstOrDefault(k => k.Key == key);
}
