namespace LibraryIls.Catalog.Matching;

/// <summary>
/// A named match rule (Koha's record matching rules): each point that agrees adds its weight, and a
/// catalogue record whose total reaches the threshold is a match. Configured under Catalog:Imports:MatchRules.
/// </summary>
public sealed class MatchRule
{
    public int Threshold { get; set; } = 100;

    public List<MatchPoint> Points { get; set; } = [];

    /// <summary>The rules every installation has; configuration may change them or add others.</summary>
    public static Dictionary<string, MatchRule> Defaults() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["default"] = new()
        {
            Threshold = 100,
            Points =
            [
                new() { Kind = MatchPointKind.Isbn, Weight = 100 }, new() { Kind = MatchPointKind.Issn, Weight = 100 },
                new() { Kind = MatchPointKind.ControlNumber, Weight = 100 }, new() { Kind = MatchPointKind.TitleAuthorYear, Weight = 100 },
            ],
        },
        ["isbn"] = new() { Threshold = 100, Points = [new() { Kind = MatchPointKind.Isbn, Weight = 100 }] },
        ["strict"] = new()
        {
            Threshold = 150,
            Points = [new() { Kind = MatchPointKind.Isbn, Weight = 100 }, new() { Kind = MatchPointKind.TitleAuthorYear, Weight = 100 }],
        },
    };
}

public sealed class MatchPoint
{
    public MatchPointKind Kind { get; set; }

    public int Weight { get; set; } = 100;
}
