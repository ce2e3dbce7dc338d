using FluentValidation;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.BuildingBlocks.Security;

namespace LibraryIls.Organization.Staff;

public sealed record StaffRequest(string UserName, string FullName, string Password, string[] Roles, string[] SiteCodes);

public sealed record StaffResponse(Guid Id, string UserName, string FullName, bool IsActive, string[] Roles, string[] SiteCodes);

internal sealed class StaffRequestValidator : AbstractValidator<StaffRequest>
{
    public const int MinimumPasswordLength = 10;

    public StaffRequestValidator()
    {
        RuleFor(r => r.UserName).NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9._@-]+$")
            .WithMessage(_ => new Bilingual("Tên đăng nhập chỉ gồm chữ không dấu, số và . _ @ -.",
                "A user name holds only unaccented letters, digits and . _ @ -.").Current);
        RuleFor(r => r.FullName).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Password).NotEmpty().MinimumLength(MinimumPasswordLength).MaximumLength(200);
        RuleFor(r => r.Roles).NotEmpty();
        RuleForEach(r => r.Roles).Must(role => Roles.All.Contains(role))
            .WithMessage(_ => new Bilingual($"Vai trò phải là một trong: {string.Join(", ", Roles.All)}.",
                $"A role must be one of: {string.Join(", ", Roles.All)}.").Current);
        RuleFor(r => r.SiteCodes).NotNull();
    }
}
