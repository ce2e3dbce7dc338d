using FluentValidation;

namespace LibraryIls.Circulation.Loans.CheckOut;

/// <summary>Scan the card, scan the book: the desk's site code says where the loan is made.</summary>
public sealed record CheckOutRequest(string CardNumber, string RegistrationNumber, string SiteCode);

internal sealed class CheckOutRequestValidator : AbstractValidator<CheckOutRequest>
{
    public CheckOutRequestValidator()
    {
        RuleFor(r => r.CardNumber).NotEmpty().MaximumLength(40);
        RuleFor(r => r.RegistrationNumber).NotEmpty().MaximumLength(40);
        RuleFor(r => r.SiteCode).NotEmpty().MaximumLength(32);
    }
}
