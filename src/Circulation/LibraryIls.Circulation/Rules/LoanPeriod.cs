namespace LibraryIls.Circulation.Rules;

public enum PeriodUnit
{
    Days = 1,
    Hours = 2,
}

/// <summary>How long a loan runs: whole days (due at closing of the last day) or hours (short loans).</summary>
public readonly record struct LoanPeriod(int Length, PeriodUnit Unit)
{
    public static LoanPeriod Days(int days) => new(days, PeriodUnit.Days);

    public static LoanPeriod Hours(int hours) => new(hours, PeriodUnit.Hours);

    public override string ToString() => Unit == PeriodUnit.Days ? $"{Length} ngày" : $"{Length} giờ";
}
