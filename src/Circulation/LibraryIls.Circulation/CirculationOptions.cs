namespace LibraryIls.Circulation;

/// <summary>The <c>Circulation</c> configuration section.</summary>
public sealed class CirculationOptions
{
    public const string Section = "Circulation";

    /// <summary>Days a caught hold waits on the hold shelf for its reader.</summary>
    public int HoldPickupDays { get; set; } = 7;

    /// <summary>Returned loans older than this lose their link to the reader (the event log never had it).</summary>
    public int AnonymiseLoansAfterDays { get; set; } = 365;
}
