using FluentValidation;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.BuildingBlocks.Validation;
using LibraryIls.Patrons.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Categories;

public sealed record CategoryRequest(string Code, string NameVi, string NameEn, int ValidityMonths, decimal Fee,
    string CirculationProfile);

public sealed record CategoryResponse(string Code, string NameVi, string NameEn, int ValidityMonths, decimal Fee,
    string CirculationProfile)
{
    internal static CategoryResponse From(ReaderCategory c) =>
        new(c.Code, c.NameVi, c.NameEn, c.ValidityMonths, c.Fee, c.CirculationProfile);
}

internal sealed class CategoryRequestValidator : AbstractValidator<CategoryRequest>
{
    public CategoryRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(32).Matches("^[A-Za-z0-9_-]+$");
        RuleFor(r => r.NameVi).NotEmpty().MaximumLength(100);
        RuleFor(r => r.NameEn).NotEmpty().MaximumLength(100);
        RuleFor(r => r.ValidityMonths).InclusiveBetween(1, 120);
        RuleFor(r => r.Fee).InclusiveBetween(0, 10_000_000);
        RuleFor(r => r.CirculationProfile).NotEmpty().MaximumLength(32);
    }
}

internal static class CategoryEndpoints
{
    public static void MapCategories(this RouteGroupBuilder patrons)
    {
        var categories = patrons.MapGroup("/categories").WithTags("Patrons: reader categories");

        categories.MapGet("/", async (PatronsDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Categories.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct))
                    .Select(CategoryResponse.From).ToList()))
            .ForReading().WithName("ListReaderCategories");

        categories.MapPost("/", async Task<Created<CategoryResponse>> (CategoryRequest request, PatronsDbContext db, CancellationToken ct) =>
            {
                var code = request.Code.Trim().ToUpperInvariant();
                if (await db.Categories.AnyAsync(c => c.Code == code, ct))
                    throw new RuleViolationException("CATEGORY_CODE_TAKEN", new Bilingual(
                        $"Mã đối tượng '{code}' đã được dùng.", $"Category code '{code}' is already in use."));
                var category = ReaderCategory.Create(code, request.NameVi, request.NameEn, request.ValidityMonths,
                    request.Fee, request.CirculationProfile);
                db.Categories.Add(category);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/patrons/categories/{category.Code}", CategoryResponse.From(category));
            })
            .ValidateRequest<CategoryRequest>().ForAdmin().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreateReaderCategory");

        categories.MapPut("/{code}", async Task<Ok<CategoryResponse>> (string code, CategoryRequest request,
                PatronsDbContext db, CancellationToken ct) =>
            {
                var category = await db.Categories.SingleOrDefaultAsync(c => c.Code == code.ToUpperInvariant(), ct)
                    ?? throw NotFoundException.Of("đối tượng bạn đọc", "Reader category", code);
                category.Change(request.NameVi, request.NameEn, request.ValidityMonths, request.Fee, request.CirculationProfile);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(CategoryResponse.From(category));
            })
            .ValidateRequest<CategoryRequest>().ForAdmin().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ChangeReaderCategory");
    }
}
