using FluentValidation;

namespace LibraryIls.Patrons.Cards;

/// <summary>Where the desk acts (default: the reader's home site).</summary>
public sealed record CardSiteRequest(string? SiteCode = null);

/// <summary>Block, unblock and replacement need a reason: the next desk reads it.</summary>
public sealed record CardReasonRequest(string Reason, string? SiteCode = null);

public sealed record CardNumberPatternRequest(string Pattern);

public sealed record CardNumberPatternResponse(string SiteCode, string Pattern, long NextSequence);

internal sealed class CardReasonRequestValidator : AbstractValidator<CardReasonRequest>
{
    public CardReasonRequestValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(400);
        RuleFor(r => r.SiteCode).MaximumLength(32);
    }
}

internal sealed class CardNumberPatternRequestValidator : AbstractValidator<CardNumberPatternRequest>
{
    public CardNumberPatternRequestValidator() =>
        RuleFor(r => r.Pattern).NotEmpty().MaximumLength(64).Must(CardNumberPattern.IsValid)
            .WithMessage("{SITE}, {YYYY}, {YY} and exactly one {SEQ:n} (n = 1..12).");
}
