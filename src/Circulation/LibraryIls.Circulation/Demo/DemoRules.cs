using LibraryIls.Circulation.Rules;

namespace LibraryIls.Circulation.Demo;

/// <summary>Lending rules and closing days a Vietnamese public library typically starts with.</summary>
internal static class DemoRules
{
    public static IReadOnlyList<(string? Profile, string? ItemType, RuleTerms Terms)> Rules { get; } =
    [
        (null, null, new RuleTerms(LoanPeriod.Days(14), 5, null, 2, LoanPeriod.Days(7), true, 3, false, 30)),
        ("CHILD", null, new RuleTerms(LoanPeriod.Days(7), 3, null, 1, LoanPeriod.Days(7), true, 2, false, 30)),
        ("PUPIL", null, new RuleTerms(LoanPeriod.Days(14), 3, null, 1, LoanPeriod.Days(7), true, 2, false, 30)),
        ("ACCESSIBLE", null, new RuleTerms(LoanPeriod.Days(30), 5, null, 3, LoanPeriod.Days(14), true, 3, false, 60)),
        // Newspapers and periodicals are read in the reading room (đọc tại chỗ).
        (null, "BAO_TC", new RuleTerms(LoanPeriod.Hours(3), 0, null, 0, LoanPeriod.Days(0), false, 0, true, null)),
    ];

    /// <summary>Public holidays of 2026 (Tết Bính Ngọ, Hùng Kings, 30/4–1/5, National Day).</summary>
    public static IReadOnlyList<(DateOnly From, DateOnly To, string Reason)> Holidays2026 { get; } =
    [
        (new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1), "Tết Dương lịch"),
        (new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 22), "Tết Nguyên đán Bính Ngọ"),
        (new DateOnly(2026, 4, 26), new DateOnly(2026, 4, 26), "Giỗ Tổ Hùng Vương"),
        (new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 1), "Ngày Giải phóng miền Nam và Quốc tế Lao động"),
        (new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2), "Quốc khánh"),
    ];
}
