namespace LibraryIls.Circulation.Loans;

public sealed record LoanResponse(
    Guid Id, Guid CopyId, string RegistrationNumber, Guid? ReaderId, Guid SiteId, DateTimeOffset CheckedOutAt,
    DateTimeOffset DueAt, int Renewals, DateTimeOffset? ReturnedAt)
{
    internal static LoanResponse From(Loan loan, string registrationNumber) => new(loan.Id, loan.CopyId, registrationNumber,
        loan.ReaderId, loan.SiteId, loan.CheckedOutAt, loan.DueAt, loan.Renewals, loan.ReturnedAt);
}
