namespace LibraryIls.Patrons.Visits;

/// <summary>
/// The visits of one day at one site in one reader category, added up by the daily rollup (the grain of
/// rpt_patrons_visits_v1). The empty category stands for visits counted without cards.
/// </summary>
internal sealed class VisitDay
{
    private VisitDay() { }

    public DateOnly VisitDate { get; private set; }
    public Guid SiteId { get; private set; }
    public string SiteCode { get; private set; } = "";
    public string SiteLevel { get; private set; } = "";
    public bool IsRural { get; private set; }
    public string CategoryCode { get; private set; } = "";
    public long Count { get; private set; }
}
