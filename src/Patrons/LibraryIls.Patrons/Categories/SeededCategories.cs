namespace LibraryIls.Patrons.Categories;

/// <summary>The usual categories of a Vietnamese public library, seeded by the first migration; editable afterwards.</summary>
internal static class SeededCategories
{
    public static readonly object[] Rows =
    [
        Row("0195f000-0000-7000-8000-000000000001", "THIEU_NHI", "Thiếu nhi", "Children", 12, "CHILD"),
        Row("0195f000-0000-7000-8000-000000000002", "HOC_SINH", "Học sinh", "Pupils", 12, "PUPIL"),
        Row("0195f000-0000-7000-8000-000000000003", "SINH_VIEN", "Sinh viên", "Students", 12, "STUDENT"),
        Row("0195f000-0000-7000-8000-000000000004", "NGUOI_LON", "Người lớn", "Adults", 24, "ADULT"),
        Row("0195f000-0000-7000-8000-000000000005", "NGUOI_CAO_TUOI", "Người cao tuổi", "Elderly", 36, "ADULT"),
        Row("0195f000-0000-7000-8000-000000000006", "KHUYET_TAT", "Người khuyết tật", "Disabled", 36, "ACCESSIBLE"),
        Row("0195f000-0000-7000-8000-000000000007", "KHIEM_THI", "Người khiếm thị", "Blind", 36, "ACCESSIBLE"),
    ];

    private static object Row(string id, string code, string vi, string en, int months, string profile) => new
    {
        Id = Guid.Parse(id), Code = code, NameVi = vi, NameEn = en, ValidityMonths = months, Fee = 0m,
        CirculationProfile = profile,
    };
}
