using LibraryIls.BuildingBlocks.Localization;
namespace LibraryIls.Patrons.Statistics;

/// <summary>
/// One card event for the statistics (cards issued in the year, renewed, replaced, expired), published as
/// <c>rpt_patrons_cards_v1</c>. Deliberately without reader id: it survives the reader's erasure unchanged.
/// </summary>
internal sealed class CardEvent
{
    public const string Issued = "Issued";
    public const string Renewed = "Renewed";
    public const string Replaced = "Replaced";
    public const string Expired = "Expired";

    private CardEvent() { }

    public Guid Id { get; private set; }
    public string Kind { get; private set; } = "";
    public DateOnly EventDate { get; private set; }
    public DateTime OccurredAtUtc { get; private set; }
    public Guid SiteId { get; private set; }
    public string SiteCode { get; private set; } = "";
    public string SiteLevel { get; private set; } = "";
    public bool IsRural { get; private set; }
    public string CategoryCode { get; private set; } = "";

    public static CardEvent Record(string kind, SiteStamp site, string categoryCode, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), Kind = kind, EventDate = VietnamDate.Of(now), OccurredAtUtc = now.UtcDateTime,
        SiteId = site.SiteId, SiteCode = site.SiteCode, SiteLevel = site.SiteLevel, IsRural = site.IsRural,
        CategoryCode = categoryCode,
    };
}
