using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Patrons.Contracts;

namespace LibraryIls.Circulation.Desk;

/// <summary>Scanned card and book numbers, resolved through the owning modules' contracts.</summary>
internal sealed class DeskLookups(IReaderCardStatus cards, ICopyCatalog copies)
{
    public async Task<ReaderCardStatus> CardAsync(string cardNumber, CancellationToken ct) =>
        await cards.FindByCardNumberAsync(cardNumber.Trim(), ct) ?? throw NotFoundException.Of("thẻ bạn đọc", "Reader card", cardNumber);

    public async Task<CopySummary> CopyAsync(string registrationNumber, CancellationToken ct) =>
        await copies.FindByRegistrationNumberAsync(registrationNumber.Trim(), ct)
        ?? throw NotFoundException.Of("tài liệu có số ĐKCB", "Copy with registration number", registrationNumber);

    public async Task<CopySummary> CopyByIdAsync(Guid copyId, CancellationToken ct) =>
        await copies.FindAsync(copyId, ct) ?? throw NotFoundException.Of("tài liệu", "Copy", copyId);

    public Task MoveAsync(Guid copyId, Guid siteId, CopyLocation location, CancellationToken ct) => copies.MoveAsync(copyId, siteId, location, ct);

    public Task SetStatusAsync(Guid copyId, CopyStatus status, CancellationToken ct) => copies.ChangeStatusAsync(copyId, status, ct);
}
