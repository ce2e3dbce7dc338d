using FluentValidation;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Organization.Contracts;

namespace LibraryIls.Organization.Sites;

/// <summary>What a site is made of, for create and change.</summary>
public sealed record SiteRequest(
    string Code, string Name, SiteLevel Level, SiteKind Kind, string? ParentCode,
    RotationPointKind? PointKind = null, bool IsRural = false, string? Address = null,
    bool IsDisadvantagedArea = false);

internal sealed class SiteRequestValidator : AbstractValidator<SiteRequest>
{
    public SiteRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(32).Matches("^[A-Za-z0-9._-]+$")
            .WithMessage(_ => new Bilingual("Mã cơ sở chỉ gồm chữ, số, '.', '_' và '-'.",
                "A site code holds only letters, digits, '.', '_' and '-'.").Current);
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Level).IsInEnum();
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.PointKind).IsInEnum();
        RuleFor(r => r.Address).MaximumLength(400);
    }
}
