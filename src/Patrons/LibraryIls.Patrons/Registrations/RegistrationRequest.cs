using FluentValidation;
using LibraryIls.Patrons.Readers;

namespace LibraryIls.Patrons.Registrations;

/// <summary>An online application, sent by the public without signing in.</summary>
public sealed record RegistrationRequest(
    string FullName,
    DateOnly DateOfBirth,
    Gender Gender,
    string CategoryCode,
    string SiteCode,
    string? CitizenId = null,
    string? Phone = null,
    string? Email = null,
    string? Address = null,
    string? Commune = null,
    string? District = null,
    bool LivesInRuralArea = false,
    string? SchoolOrWorkplace = null) : IReaderFields
{
    internal ReaderData ToData() => new(FullName, DateOfBirth, Gender, CitizenId, Phone, Email, Address, Commune,
        District, LivesInRuralArea, SchoolOrWorkplace, null);
}

internal sealed class RegistrationRequestValidator : ReaderFieldsValidator<RegistrationRequest>
{
    public RegistrationRequestValidator(TimeProvider clock) : base(clock)
    {
        RuleFor(r => r.SiteCode).NotEmpty().MaximumLength(32);
        // The desk must be able to reach the applicant to say the card is ready.
        RuleFor(r => r).Must(r => !string.IsNullOrWhiteSpace(r.Phone) || !string.IsNullOrWhiteSpace(r.Email))
            .OverridePropertyName(nameof(RegistrationRequest.Phone))
            .WithMessage(_ => new BuildingBlocks.Localization.Bilingual(
                "Cần số điện thoại hoặc e-mail.", "A phone number or an e-mail is required.").Current);
    }
}

/// <summary>What the applicant sees: no personal data, only where the application stands.</summary>
public sealed record RegistrationStatusResponse(string ReferenceCode, RegistrationStatus Status, string SiteCode,
    DateTime SubmittedAtUtc, DateTime? DecidedAtUtc, string? RejectionReason);

/// <summary>What the desk reviews.</summary>
public sealed record RegistrationReviewResponse(Guid Id, string ReferenceCode, RegistrationStatus Status, string FullName,
    DateOnly? DateOfBirth, Gender? Gender, string? CitizenId, string? Phone, string? Email, string? Address,
    string? Commune, string? District, bool LivesInRuralArea, string? SchoolOrWorkplace, string CategoryCode,
    Guid SiteId, DateTime SubmittedAtUtc, string? RejectionReason, Guid? ReaderId, string? CardNumber)
{
    internal static RegistrationReviewResponse From(Registration r) => new(r.Id, r.ReferenceCode, r.Status, r.FullName,
        r.DateOfBirth, r.Gender, r.CitizenId, r.Phone, r.Email, r.Address, r.Commune, r.District, r.LivesInRuralArea,
        r.SchoolOrWorkplace, r.CategoryCode, r.SiteId, r.SubmittedAtUtc, r.RejectionReason, r.ReaderId, r.CardNumber);
}

public sealed record RejectRegistrationRequest(string Reason);

internal sealed class RejectRegistrationRequestValidator : AbstractValidator<RejectRegistrationRequest>
{
    public RejectRegistrationRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(400);
}
