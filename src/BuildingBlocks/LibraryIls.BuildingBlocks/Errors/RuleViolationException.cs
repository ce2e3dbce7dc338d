using LibraryIls.BuildingBlocks.Localization;

namespace LibraryIls.BuildingBlocks.Errors;

/// <summary>
/// A library rule said no (card expired, copy already on loan, …). Answered as 409 with a stable
/// <see cref="Code"/> that desks and kiosks can act on, and the message in the reader's language.
/// </summary>
public class RuleViolationException(string code, Bilingual message) : Exception(message.En)
{
    public string Code { get; } = code;

    public Bilingual Text { get; } = message;

    /// <summary>What a desk or kiosk needs to act on the refusal (the candidates to choose from…), answered as <c>details</c>.</summary>
    public object? Details { get; init; }
}
