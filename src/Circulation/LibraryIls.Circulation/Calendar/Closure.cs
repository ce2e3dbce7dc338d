namespace LibraryIls.Circulation.Calendar;

/// <summary>Days a site is shut: a holiday (Tết, 30/4, 2/9 …, entered per year) or a single closure.</summary>
public sealed record Closure(DateOnly From, DateOnly To, string Reason)
{
    public bool Covers(DateOnly day) => day >= From && day <= To;
}
