using FluentValidation;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Contracts;

namespace LibraryIls.Catalog.Copies;

/// <summary>A copy to add, or the new state of one. No call number: the record's DDC class and author mark. Status: only on a change.</summary>
public sealed record CopyRequest(
    string RegistrationNumber, string SiteCode, CopyLocation Location, string ItemType, DateOnly AcquiredOn,
    AcquisitionSource Source, decimal? Price = null, string? CallNumber = null, int? Version = null, CopyStatus? Status = null);

/// <summary>Copies with consecutive registration numbers from <see cref="FirstRegistrationNumber"/>: VV.012345 and 20 give … VV.012364.</summary>
public sealed record BulkCopyRequest(
    string FirstRegistrationNumber, int Count, string SiteCode, CopyLocation Location, string ItemType, DateOnly AcquiredOn,
    AcquisitionSource Source, decimal? Price = null, string? CallNumber = null);

public sealed record CopyResponse(
    Guid Id, Guid RecordId, string RegistrationNumber, Guid SiteId, string SiteLevel, CopyLocation Location, string ItemType,
    string CallNumber, decimal? Price, DateOnly AcquiredOn, AcquisitionSource Source, CopyStatus Status, int Version)
{
    internal static CopyResponse From(Copy c) => new(c.Id, c.RecordId, c.RegistrationNumber, c.SiteId, c.SiteLevel.ToString(),
        c.Location, c.ItemType, c.CallNumber, c.Price, c.AcquiredOn, c.Source, c.Status, c.Version);
}

/// <summary>What the label printer needs: the call number split for the spine, and where the QR code points.</summary>
public sealed record SpineLabel(string RegistrationNumber, string CallNumber, IReadOnlyList<string> Lines, string OpacLink, string QrCodeUrl);

internal static class CopyRules
{
    public static readonly Bilingual BadNumber = new(
        "Số đăng ký cá biệt gồm tiền tố (chữ, '.', '-') và dãy số, vd. VV.012345.",
        "A registration number is a prefix (letters, '.', '-') and digits, e.g. VV.012345.");

    public static void Common<T>(AbstractValidator<T> v, System.Linq.Expressions.Expression<Func<T, string>> site,
        System.Linq.Expressions.Expression<Func<T, string>> itemType, System.Linq.Expressions.Expression<Func<T, CopyLocation>> location,
        System.Linq.Expressions.Expression<Func<T, AcquisitionSource>> source, System.Linq.Expressions.Expression<Func<T, decimal?>> price,
        System.Linq.Expressions.Expression<Func<T, string?>> callNumber)
    {
        v.RuleFor(site).NotEmpty().MaximumLength(32);
        v.RuleFor(itemType).NotEmpty().MaximumLength(16);
        v.RuleFor(location).IsInEnum();
        v.RuleFor(source).IsInEnum();
        v.RuleFor(price).GreaterThanOrEqualTo(0);
        v.RuleFor(callNumber).MaximumLength(64);
    }
}

internal sealed class CopyRequestValidator : AbstractValidator<CopyRequest>
{
    public CopyRequestValidator()
    {
        RuleFor(r => r.RegistrationNumber).NotEmpty().MaximumLength(32).Must(RegistrationNumber.IsWellFormed)
            .WithMessage(_ => CopyRules.BadNumber.Current);
        CopyRules.Common(this, r => r.SiteCode, r => r.ItemType, r => r.Location, r => r.Source, r => r.Price, r => r.CallNumber);
        RuleFor(r => r.Status).IsInEnum();
    }
}

internal sealed class BulkCopyRequestValidator : AbstractValidator<BulkCopyRequest>
{
    public BulkCopyRequestValidator()
    {
        RuleFor(r => r.FirstRegistrationNumber).NotEmpty().MaximumLength(32).Must(RegistrationNumber.IsWellFormed)
            .WithMessage(_ => CopyRules.BadNumber.Current);
        RuleFor(r => r.Count).InclusiveBetween(1, 1000);
        CopyRules.Common(this, r => r.SiteCode, r => r.ItemType, r => r.Location, r => r.Source, r => r.Price, r => r.CallNumber);
    }
}
