using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;

namespace LibraryIls.Circulation.Rules;

/// <summary>
/// One cell of the rules matrix: site × reader category × item type, each of which may be "any" (null).
/// The most specific cell that matches a loan decides it (Koha's circulation rules).
/// </summary>
internal sealed class CirculationRule
{
    private CirculationRule() { }

    public Guid Id { get; private set; }
    public Guid? SiteId { get; private set; }
    public string? ReaderCategory { get; private set; }
    public string? ItemType { get; private set; }
    public LoanPeriod LoanPeriod { get; private set; }
    public int MaxLoans { get; private set; }
    public int? MaxLoansOfItemType { get; private set; }
    public int RenewalsAllowed { get; private set; }
    public LoanPeriod RenewalPeriod { get; private set; }
    public bool HoldsAllowed { get; private set; }
    public int MaxHolds { get; private set; }
    public bool OnSiteOnly { get; private set; }
    public int? BlockAfterDaysOverdue { get; private set; }
    public decimal? FinePerDay { get; private set; }

    public static CirculationRule Create(Guid? siteId, string? readerCategory, string? itemType, RuleTerms terms)
    {
        var rule = new CirculationRule
        {
            Id = Guid.CreateVersion7(),
            SiteId = siteId,
            ReaderCategory = Blank(readerCategory),
            ItemType = Blank(itemType),
        };
        rule.Change(terms);
        return rule;
    }

    public void Change(RuleTerms terms)
    {
        if (terms.LoanPeriod.Length <= 0 && !terms.OnSiteOnly)
            throw Invalid("Thời hạn mượn phải lớn hơn 0.", "The loan period must be greater than 0.");
        if (terms.MaxLoans < 0 || terms.RenewalsAllowed < 0 || terms.MaxHolds < 0)
            throw Invalid("Các giới hạn không được âm.", "Limits cannot be negative.");
        if (terms.RenewalsAllowed > 0 && terms.RenewalPeriod.Length <= 0)
            throw Invalid("Cho phép gia hạn thì phải có thời hạn gia hạn.", "Renewals need a renewal period.");
        LoanPeriod = terms.LoanPeriod;
        MaxLoans = terms.MaxLoans;
        MaxLoansOfItemType = terms.MaxLoansOfItemType;
        RenewalsAllowed = terms.RenewalsAllowed;
        RenewalPeriod = terms.RenewalPeriod;
        HoldsAllowed = terms.HoldsAllowed;
        MaxHolds = terms.HoldsAllowed ? terms.MaxHolds : 0;
        OnSiteOnly = terms.OnSiteOnly;
        BlockAfterDaysOverdue = terms.BlockAfterDaysOverdue;
        FinePerDay = terms.FinePerDay;
    }

    public RuleTerms Terms => new(LoanPeriod, MaxLoans, MaxLoansOfItemType, RenewalsAllowed, RenewalPeriod,
        HoldsAllowed, MaxHolds, OnSiteOnly, BlockAfterDaysOverdue, FinePerDay);

    /// <summary>Whether this cell applies; "any" matches everything.</summary>
    public bool Matches(Guid siteId, string readerCategory, string itemType) =>
        (SiteId is null || SiteId == siteId)
        && (ReaderCategory is null || string.Equals(ReaderCategory, readerCategory, StringComparison.OrdinalIgnoreCase))
        && (ItemType is null || string.Equals(ItemType, itemType, StringComparison.OrdinalIgnoreCase));

    /// <summary>Site outweighs category, which outweighs item type: a site's own rule beats any network-wide one.</summary>
    public int Specificity => (SiteId is null ? 0 : 4) + (ReaderCategory is null ? 0 : 2) + (ItemType is null ? 0 : 1);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) || value.Trim() == "*" ? null : value.Trim();

    private static RuleViolationException Invalid(string vi, string en) => new("INVALID_RULE", new Bilingual(vi, en));
}
