namespace LibraryIls.Reporting.Annual;

/// <summary>The statistics of a period compared with the same period a year earlier.</summary>
public sealed record AnnualReportResponse(
    string Title,
    DateOnly From,
    DateOnly To,
    DateOnly PreviousFrom,
    DateOnly PreviousTo,
    string? ScopeSiteCode,
    string ScopeName,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<string> Notes,
    IReadOnlyList<SectionFigures> Sections)
{
    public IndicatorFigures? Find(string code) => Sections.SelectMany(s => s.Indicators).FirstOrDefault(i => i.Code == code);
}

public sealed record SectionFigures(string Number, string Title, string TitleEn, IReadOnlyList<IndicatorFigures> Indicators);

/// <summary>One indicator: its counting rule, its total and its breakdowns (level, site, category, month, …).</summary>
public sealed record IndicatorFigures(
    string Code,
    string Name,
    string NameEn,
    string Unit,
    string Rule,
    Figure Total,
    IReadOnlyDictionary<string, IReadOnlyList<BreakdownFigure>> Breakdowns);

public sealed record BreakdownFigure(string Key, string Label, Figure Figure);

/// <summary>This period, the previous one, the difference (tăng/giảm) and the change in percent (null when the previous is 0).</summary>
public sealed record Figure(decimal? Current, decimal? Previous, decimal? Difference, decimal? PercentChange)
{
    public static Figure Of(decimal? current, decimal? previous) => new(current, previous,
        current is null || previous is null ? null : current - previous,
        current is null || previous is null || previous == 0 ? null : Math.Round((current.Value - previous.Value) * 100 / previous.Value, 2, MidpointRounding.AwayFromZero));
}
