namespace LibraryIls.Circulation.ReportingViews;

/// <summary>
/// The events of one Vietnamese calendar day with the same kind, site, site level and reader category, counted
/// once by the daily rollup. No item type or DDC class: with them a day's groups would be nearly as many as its
/// events. The empty category stands for events without one (a key column cannot be null on every engine).
/// </summary>
internal sealed class CirculationDay
{
    private CirculationDay() { }

    public DateOnly Day { get; private set; }
    public string Kind { get; private set; } = "";
    public Guid SiteId { get; private set; }
    public string SiteLevel { get; private set; } = "";
    public string ReaderCategory { get; private set; } = "";

    /// <summary>Sum of the events' Count (a rotation point's report counts many uses).</summary>
    public long Count { get; private set; }

    /// <summary>How many event rows were added in.</summary>
    public long Events { get; private set; }
}
