namespace LibraryIls.Circulation.Rules;

/// <summary>What a rule grants: periods, limits, renewals, holds, in-house only, overdue handling (fines off by default).</summary>
public sealed record RuleTerms(
    LoanPeriod LoanPeriod,
    int MaxLoans,
    int? MaxLoansOfItemType,
    int RenewalsAllowed,
    LoanPeriod RenewalPeriod,
    bool HoldsAllowed,
    int MaxHolds,
    bool OnSiteOnly,
    int? BlockAfterDaysOverdue,
    decimal? FinePerDay = null);
