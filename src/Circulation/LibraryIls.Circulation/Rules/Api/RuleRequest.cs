using FluentValidation;

namespace LibraryIls.Circulation.Rules.Api;

/// <summary>One cell of the rules matrix. Empty site, category or item type means "any".</summary>
public sealed record RuleRequest(
    string? SiteCode,
    string? ReaderCategory,
    string? ItemType,
    int LoanLength,
    PeriodUnit LoanUnit,
    int MaxLoans,
    int? MaxLoansOfItemType,
    int RenewalsAllowed,
    int RenewalLength,
    PeriodUnit RenewalUnit,
    bool HoldsAllowed,
    int MaxHolds,
    bool OnSiteOnly,
    int? BlockAfterDaysOverdue,
    decimal? FinePerDay = null)
{
    internal RuleTerms Terms => new(new LoanPeriod(LoanLength, LoanUnit), MaxLoans, MaxLoansOfItemType, RenewalsAllowed,
        new LoanPeriod(RenewalLength, RenewalUnit), HoldsAllowed, MaxHolds, OnSiteOnly, BlockAfterDaysOverdue, FinePerDay);
}

public sealed record RuleResponse(
    Guid Id, string? SiteCode, string? ReaderCategory, string? ItemType, int LoanLength, PeriodUnit LoanUnit,
    int MaxLoans, int? MaxLoansOfItemType, int RenewalsAllowed, int RenewalLength, PeriodUnit RenewalUnit,
    bool HoldsAllowed, int MaxHolds, bool OnSiteOnly, int? BlockAfterDaysOverdue, decimal? FinePerDay);

public sealed record EffectiveRuleResponse(RuleResponse Rule, string Reason, IReadOnlyList<RuleResponse> Candidates);

internal sealed class RuleRequestValidator : AbstractValidator<RuleRequest>
{
    public RuleRequestValidator()
    {
        RuleFor(r => r.SiteCode).MaximumLength(32);
        RuleFor(r => r.ReaderCategory).MaximumLength(32);
        RuleFor(r => r.ItemType).MaximumLength(32);
        RuleFor(r => r.LoanLength).InclusiveBetween(0, 3650);
        RuleFor(r => r.RenewalLength).InclusiveBetween(0, 3650);
        RuleFor(r => r.LoanUnit).IsInEnum();
        RuleFor(r => r.RenewalUnit).IsInEnum();
        RuleFor(r => r.MaxLoans).InclusiveBetween(0, 1000);
        RuleFor(r => r.MaxLoansOfItemType).InclusiveBetween(0, 1000);
        RuleFor(r => r.RenewalsAllowed).InclusiveBetween(0, 100);
        RuleFor(r => r.MaxHolds).InclusiveBetween(0, 1000);
        RuleFor(r => r.BlockAfterDaysOverdue).InclusiveBetween(0, 3650);
        RuleFor(r => r.FinePerDay).GreaterThanOrEqualTo(0);
    }
}
