namespace LibraryIls.Reporting.Inputs;

/// <summary>
/// A figure no module records and staff enter once a year for a site's area: pages digitised, private and
/// community libraries, the population the Đề án 329 ratios divide by.
/// </summary>
internal sealed class AnnualInput
{
    private AnnualInput() { }

    public Guid Id { get; private set; }
    public int Year { get; private set; }
    public Guid SiteId { get; private set; }
    public string SiteCode { get; private set; } = "";
    public string Key { get; private set; } = "";
    public decimal Value { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public static AnnualInput Enter(int year, Guid siteId, string siteCode, string key, decimal value, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), Year = year, SiteId = siteId, SiteCode = siteCode, Key = key, Value = value,
        UpdatedAt = now, UpdatedBy = by,
    };

    public void Change(decimal value, string by, DateTimeOffset now)
    {
        Value = value;
        UpdatedBy = by;
        UpdatedAt = now;
    }
}
