using FluentValidation;
using LibraryIls.BuildingBlocks.Localization;

namespace LibraryIls.Patrons.Readers;

/// <summary>A reader as the desk enters or corrects them.</summary>
public sealed record ReaderRequest(
    string FullName,
    DateOnly DateOfBirth,
    Gender Gender,
    string CategoryCode,
    string HomeSiteCode,
    string? CitizenId = null,
    string? Phone = null,
    string? Email = null,
    string? Address = null,
    string? Commune = null,
    string? District = null,
    bool LivesInRuralArea = false,
    string? SchoolOrWorkplace = null,
    string? Notes = null,
    string? PhotoBase64 = null) : IReaderFields
{
    internal ReaderData ToData() => new(FullName, DateOfBirth, Gender, CitizenId, Phone, Email, Address, Commune,
        District, LivesInRuralArea, SchoolOrWorkplace, Notes);
}

/// <summary>The fields a reader and an online application share, validated alike.</summary>
internal interface IReaderFields
{
    string FullName { get; }
    DateOnly DateOfBirth { get; }
    Gender Gender { get; }
    string CategoryCode { get; }
    string? CitizenId { get; }
    string? Phone { get; }
    string? Email { get; }
    string? Address { get; }
    string? Commune { get; }
    string? District { get; }
    string? SchoolOrWorkplace { get; }
}

internal abstract class ReaderFieldsValidator<T> : AbstractValidator<T> where T : IReaderFields
{
    protected ReaderFieldsValidator(TimeProvider clock)
    {
        RuleFor(r => r.FullName).NotEmpty().MaximumLength(200);
        RuleFor(r => r.DateOfBirth)
            .Must(d => d.Year >= 1900 && d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage(_ => new Bilingual("Ngày sinh không hợp lệ.", "The date of birth is not valid.").Current);
        RuleFor(r => r.Gender).IsInEnum();
        RuleFor(r => r.CategoryCode).NotEmpty().MaximumLength(32);
        // CCCD: 12 digits (old CMND: 9).
        RuleFor(r => r.CitizenId).Matches("^([0-9]{9}|[0-9]{12})$")
            .WithMessage(_ => new Bilingual("Số CCCD gồm 12 chữ số (CMND cũ: 9).", "A citizen ID has 12 digits (old ID: 9).").Current);
        RuleFor(r => r.Phone).MaximumLength(20).Matches(@"^\+?[0-9 .-]{8,20}$");
        RuleFor(r => r.Email).MaximumLength(254).EmailAddress();
        RuleFor(r => r.Address).MaximumLength(400);
        RuleFor(r => r.Commune).MaximumLength(100);
        RuleFor(r => r.District).MaximumLength(100);
        RuleFor(r => r.SchoolOrWorkplace).MaximumLength(200);
    }
}

internal sealed class ReaderRequestValidator : ReaderFieldsValidator<ReaderRequest>
{
    public ReaderRequestValidator(TimeProvider clock) : base(clock)
    {
        RuleFor(r => r.HomeSiteCode).NotEmpty().MaximumLength(32);
        RuleFor(r => r.Notes).MaximumLength(2000);
        // A passport-size photo; larger files belong in a document store, not in the reader record.
        RuleFor(r => r.PhotoBase64).MaximumLength(400_000)
            .Must(p => p is null || Convert.TryFromBase64String(p, new byte[p.Length], out _))
            .WithMessage(_ => new Bilingual("Ảnh phải ở dạng base64.", "The photo must be base64.").Current);
    }
}
