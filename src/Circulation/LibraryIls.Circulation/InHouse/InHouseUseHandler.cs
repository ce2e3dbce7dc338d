using System.Security.Claims;
using FluentValidation;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Desk;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Circulation.Events;

namespace LibraryIls.Circulation.InHouse;

/// <summary>
/// A book read in the reading room (đọc tại chỗ), recorded when it is picked up from the tables; the card is
/// optional because many readers sit down without showing one.
/// </summary>
public sealed record InHouseUseRequest(string RegistrationNumber, string SiteCode, string? CardNumber);

public sealed record InHouseUseResponse(string RegistrationNumber, DateTimeOffset RecordedAt, string? ReaderCategory);

internal sealed class InHouseUseRequestValidator : AbstractValidator<InHouseUseRequest>
{
    public InHouseUseRequestValidator()
    {
        RuleFor(r => r.RegistrationNumber).NotEmpty().MaximumLength(40);
        RuleFor(r => r.SiteCode).NotEmpty().MaximumLength(32);
        RuleFor(r => r.CardNumber).MaximumLength(40);
    }
}

internal sealed class InHouseUseHandler(CirculationDbContext db, DeskSite desk, DeskLookups lookups, TimeProvider clock)
{
    public async Task<InHouseUseResponse> Handle(InHouseUseRequest request, ClaimsPrincipal staff, CancellationToken ct,
        DateTimeOffset? at = null)
    {
        var site = await desk.ResolveAsync(request.SiteCode, staff, ct);
        var copy = await lookups.CopyAsync(request.RegistrationNumber, ct);
        var category = string.IsNullOrWhiteSpace(request.CardNumber) ? null : (await lookups.CardAsync(request.CardNumber, ct)).CategoryCode;
        var now = at ?? clock.GetUtcNow();
        db.Events.Add(CirculationEvent.Of(CirculationEventKind.InHouseUse, now, site, copy.Id, copy.ItemType, copy.DdcMainClass, category));
        await db.SaveChangesAsync(ct);
        return new InHouseUseResponse(copy.RegistrationNumber, now, category);
    }
}
