using FluentValidation;
using LibraryIls.Catalog.Contracts;

namespace LibraryIls.Circulation.Rotation.Batches;

/// <summary>A new batch: who sends it, which point receives it, and for which period.</summary>
public sealed record CreateBatchRequest(string SendingSiteCode, string DestinationSiteCode, DateOnly PlannedFrom, DateOnly PlannedUntil,
    string? Note = null);

public sealed record AddCopiesRequest(string[] RegistrationNumbers);

/// <summary>Copies picked by a query at the sending site, e.g. 200 children's books not in rotation.</summary>
public sealed record PickCopiesRequest(int Count, string? ItemType = null, CopyLocation? Location = null, string? DdcMainClass = null);

public sealed record ReceiveBatchRequest(string[]? MissingOnArrival = null);

/// <summary>The reconciliation at the return: every copy still out is returned, damaged or missing.</summary>
public sealed record ReturnBatchRequest(string[]? Returned = null, string[]? Damaged = null, string[]? Missing = null,
    bool RemainingAreMissing = false);

/// <summary>To the next point without coming home; the copies named here are settled instead of moving on.</summary>
public sealed record MoveOnRequest(string DestinationSiteCode, DateOnly PlannedUntil, string[]? Returned = null, string[]? Damaged = null,
    string[]? Missing = null);

internal sealed class CreateBatchRequestValidator : AbstractValidator<CreateBatchRequest>
{
    public CreateBatchRequestValidator()
    {
        RuleFor(r => r.SendingSiteCode).NotEmpty().MaximumLength(32);
        RuleFor(r => r.DestinationSiteCode).NotEmpty().MaximumLength(32);
        RuleFor(r => r.PlannedUntil).GreaterThanOrEqualTo(r => r.PlannedFrom);
        RuleFor(r => r.Note).MaximumLength(500);
    }
}

internal sealed class AddCopiesRequestValidator : AbstractValidator<AddCopiesRequest>
{
    public AddCopiesRequestValidator()
    {
        RuleFor(r => r.RegistrationNumbers).NotEmpty().Must(n => n is null || n.Length <= BatchCopies.MaxPerRequest);
        RuleForEach(r => r.RegistrationNumbers).NotEmpty().MaximumLength(40);
    }
}

internal sealed class PickCopiesRequestValidator : AbstractValidator<PickCopiesRequest>
{
    public PickCopiesRequestValidator()
    {
        RuleFor(r => r.Count).InclusiveBetween(1, BatchCopies.MaxPerRequest);
        RuleFor(r => r.ItemType).MaximumLength(32);
        RuleFor(r => r.Location).IsInEnum();
        RuleFor(r => r.DdcMainClass).Matches("^[0-9]00$").When(r => r.DdcMainClass is not null);
    }
}

internal sealed class ReturnBatchRequestValidator : AbstractValidator<ReturnBatchRequest>
{
    public ReturnBatchRequestValidator() =>
        RuleFor(r => r).Must(r => Settlements.EachOnce(r.Returned, r.Damaged, r.Missing)).OverridePropertyName("registrationNumbers")
            .WithMessage(Settlements.Twice);
}

internal sealed class MoveOnRequestValidator : AbstractValidator<MoveOnRequest>
{
    public MoveOnRequestValidator()
    {
        RuleFor(r => r.DestinationSiteCode).NotEmpty().MaximumLength(32);
        RuleFor(r => r).Must(r => Settlements.EachOnce(r.Returned, r.Damaged, r.Missing)).OverridePropertyName("registrationNumbers")
            .WithMessage(Settlements.Twice);
    }
}

internal static class Settlements
{
    public static Settlement Of(string[]? returned, string[]? damaged, string[]? missing) => new(returned ?? [], damaged ?? [], missing ?? []);

    public static IEnumerable<string> Named(string[]? returned, string[]? damaged, string[]? missing) =>
        (returned ?? []).Concat(damaged ?? []).Concat(missing ?? []).Select(n => n.Trim().ToUpperInvariant());

    public static bool EachOnce(string[]? returned, string[]? damaged, string[]? missing)
    {
        var list = Named(returned, damaged, missing).ToList();
        return list.Distinct().Count() == list.Count;
    }

    public static string Twice(object _) =>
        new BuildingBlocks.Localization.Bilingual("Mỗi số ĐKCB chỉ ghi một kết quả.", "Each registration number takes one outcome only.").Current;
}
