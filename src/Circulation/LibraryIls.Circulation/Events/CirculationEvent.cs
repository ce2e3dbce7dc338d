using LibraryIls.Circulation.Contracts;
using LibraryIls.Organization.Contracts;

namespace LibraryIls.Circulation.Events;

/// <summary>
/// One line of the circulation log, written in the same transaction as the change it records (Koha's
/// <c>statistics</c> table). It carries the reader's category at the time and never the reader: reports
/// survive the anonymisation of old loans and count each event once.
/// </summary>
internal sealed class CirculationEvent
{
    private CirculationEvent() { }

    public long Id { get; private set; }
    public CirculationEventKind Kind { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public Guid SiteId { get; private set; }
    public SiteLevel SiteLevel { get; private set; }
    public Guid? CopyId { get; private set; }
    public string? ItemType { get; private set; }
    public string? DdcMainClass { get; private set; }
    public string? ReaderCategory { get; private set; }

    /// <summary>1 for a desk event; the reported number for counts from rotation points and van stops.</summary>
    public int Count { get; private set; }

    /// <summary>Counted in the daily summary (cir_event_days) by the reporting rollup; until then the published daily view counts it live.</summary>
    public bool Summarised { get; private set; }

    public static CirculationEvent Of(CirculationEventKind kind, DateTimeOffset at, SiteInfo site, Guid? copyId,
        string? itemType, string? ddcMainClass, string? readerCategory, int count = 1)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), "An event counts at least once.");
        return new CirculationEvent
        {
            Kind = kind,
            OccurredAt = at,
            SiteId = site.Id,
            SiteLevel = site.Level,
            CopyId = copyId,
            ItemType = itemType,
            DdcMainClass = ddcMainClass,
            ReaderCategory = readerCategory,
            Count = count,
        };
    }
}
