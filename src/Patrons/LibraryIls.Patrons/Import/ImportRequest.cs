using FluentValidation;
using LibraryIls.BuildingBlocks.Localization;

namespace LibraryIls.Patrons.Import;

/// <summary>
/// A legacy reader export (CSV or xlsx, base64) and which of its columns holds which field. Mapping keys are the
/// field names in <see cref="ImportFields.All"/>; values are the file's column headers.
/// </summary>
public sealed record ImportRequest(
    string Format,
    string ContentBase64,
    string SiteCode,
    string Source,
    Dictionary<string, string> Mapping,
    string? DefaultCategoryCode = null);

public sealed record ImportResult(int Accepted, IReadOnlyList<ImportFailure> Failed, IReadOnlyList<RenumberedCard> Renumbered);

public sealed record ImportFailure(int Row, IReadOnlyList<string> Reasons, Guid? ExistingReaderId = null);

/// <summary>A legacy card number already in use here, given the source's prefix (the rule used for copies' barcodes).</summary>
public sealed record RenumberedCard(int Row, string LegacyNumber, string NewNumber);

internal static class ImportFields
{
    public const string FullName = "fullName";
    public const string DateOfBirth = "dateOfBirth";
    public const string Gender = "gender";
    public const string CitizenId = "citizenId";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Address = "address";
    public const string Commune = "commune";
    public const string District = "district";
    public const string Rural = "livesInRuralArea";
    public const string SchoolOrWorkplace = "schoolOrWorkplace";
    public const string Category = "category";
    public const string CardNumber = "cardNumber";
    public const string CardValidUntil = "cardValidUntil";
    public const string Notes = "notes";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        FullName, DateOfBirth, Gender, CitizenId, Phone, Email, Address, Commune, District, Rural, SchoolOrWorkplace,
        Category, CardNumber, CardValidUntil, Notes,
    };
}

internal sealed class ImportRequestValidator : AbstractValidator<ImportRequest>
{
    // About 20 MB of file: a legacy export of a provincial library's readers fits many times over.
    public const int MaxBase64Length = 28_000_000;

    public ImportRequestValidator()
    {
        RuleFor(r => r.Format).Must(f => f is "csv" or "xlsx").WithMessage("csv | xlsx");
        RuleFor(r => r.ContentBase64).NotEmpty().MaximumLength(MaxBase64Length);
        RuleFor(r => r.SiteCode).NotEmpty().MaximumLength(32);
        RuleFor(r => r.Source).NotEmpty().Matches("^[A-Za-z0-9]{1,16}$");
        RuleFor(r => r.Mapping).NotNull()
            .Must(m => m.ContainsKey(ImportFields.FullName) && m.ContainsKey(ImportFields.DateOfBirth))
            .WithMessage(_ => new Bilingual("Cần ánh xạ ít nhất fullName và dateOfBirth.",
                "Map at least fullName and dateOfBirth.").Current)
            .Must(m => m.Keys.All(ImportFields.All.Contains) && m.Values.All(v => !string.IsNullOrWhiteSpace(v)))
            .WithMessage(_ => $"{new Bilingual("Trường không biết; các trường: ", "Unknown field; fields: ").Current}{string.Join(", ", ImportFields.All)}");
        RuleFor(r => r.DefaultCategoryCode).MaximumLength(32);
    }
}
