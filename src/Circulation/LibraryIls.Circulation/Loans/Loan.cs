using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Rules;

namespace LibraryIls.Circulation.Loans;

/// <summary>A copy lent to a reader for home use, from checkout to return.</summary>
internal sealed class Loan
{
    private Loan() { }

    public Guid Id { get; private set; }
    public Guid CopyId { get; private set; }
    public Guid RecordId { get; private set; }
    public Guid? ReaderId { get; private set; }
    public Guid SiteId { get; private set; }
    public string ReaderCategory { get; private set; } = "";

    /// <summary>The reader's circulation profile at checkout: the rules matrix's "reader category" axis.</summary>
    public string CirculationProfile { get; private set; } = "";
    public string ItemType { get; private set; } = "";
    public DateTimeOffset CheckedOutAt { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public int Renewals { get; private set; }
    public DateTimeOffset? ReturnedAt { get; private set; }
    public Guid? ReturnedAtSiteId { get; private set; }

    public bool IsOpen => ReturnedAt is null;

    public static Loan CheckOut(CheckOutFacts facts, CirculationRule rule, SiteCalendar calendar, DateTimeOffset now)
    {
        if (facts.CardBlockedReason is not null) throw Refusals.CardBlocked(facts.CardBlockedReason);
        if (facts.CardExpiredOn is { } expired && expired < DueDates.LocalDay(now)) throw Refusals.CardExpired(expired);
        switch (facts.Copy)
        {
            case CopyAvailability.OnLoan: throw Refusals.AlreadyOnLoan();
            case CopyAvailability.InTransit: throw Refusals.InTransit();
            case CopyAvailability.InRotationElsewhere: throw Refusals.InRotationElsewhere();
            case CopyAvailability.NotForLoan: throw Refusals.NotLoanable("không sẵn sàng / not available");
            case CopyAvailability.OnHoldShelf when !facts.HeldForThisReader: throw Refusals.OnHoldForOther();
        }
        if (rule.OnSiteOnly) throw Refusals.NotLoanable("chỉ đọc tại chỗ / in-house use only");
        if (facts.OpenLoans >= rule.MaxLoans) throw Refusals.LoanLimitReached(rule.MaxLoans);
        if (rule.MaxLoansOfItemType is { } typeLimit && facts.OpenLoansOfItemType >= typeLimit)
            throw Refusals.LoanLimitReached(typeLimit);
        if (rule.BlockAfterDaysOverdue is { } block && facts.MostDaysOverdue > block) throw Refusals.Overdue(facts.MostDaysOverdue);
        return new Loan
        {
            Id = Guid.CreateVersion7(),
            CopyId = facts.CopyId,
            RecordId = facts.RecordId,
            CirculationProfile = facts.CirculationProfile,
            ReaderId = facts.ReaderId,
            SiteId = facts.SiteId,
            ReaderCategory = facts.ReaderCategory,
            ItemType = facts.ItemType,
            CheckedOutAt = now,
            DueAt = DueDates.Compute(now, rule.LoanPeriod, calendar),
        };
    }

    /// <summary>
    /// Extends the loan by the rule's renewal period from today, never shortening it: a reader who renews
    /// early keeps the due date they already had if it is later.
    /// </summary>
    public void Renew(CirculationRule rule, SiteCalendar calendar, bool heldForAnotherReader, DateTimeOffset now)
    {
        if (!IsOpen) throw Refusals.AlreadyReturned();
        if (Renewals >= rule.RenewalsAllowed) throw Refusals.RenewalLimitReached(rule.RenewalsAllowed);
        if (heldForAnotherReader) throw Refusals.OnHoldForOther();
        var renewed = DueDates.Compute(now, rule.RenewalPeriod, calendar);
        DueAt = renewed > DueAt ? renewed : DueAt;
        Renewals++;
    }

    public void Return(Guid atSiteId, DateTimeOffset now)
    {
        if (!IsOpen) throw Refusals.AlreadyReturned();
        ReturnedAt = now;
        ReturnedAtSiteId = atSiteId;
    }

    /// <summary>Whole days past the due date, in local days (0 when not overdue).</summary>
    public int DaysOverdue(DateTimeOffset now) => IsOpen ? DueDates.DaysOverdue(DueAt, now) : 0;

    /// <summary>Old loans lose the link to the reader; the event log, which never had it, keeps the statistics.</summary>
    public void Anonymise()
    {
        if (IsOpen) return;
        ReaderId = null;
    }
}
