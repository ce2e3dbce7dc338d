using System.Security.Claims;
using FluentValidation;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Desk;
using LibraryIls.Circulation.InHouse;
using LibraryIls.Circulation.Loans.CheckOut;
using LibraryIls.Circulation.Loans.Renew;
using LibraryIls.Circulation.Loans.Return;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Offline;

public enum OfflineKind
{
    CheckOut = 1,
    Return = 2,
    Renewal = 3,
    InHouseUse = 4,
}

/// <summary>One transaction scanned while the desk had no connection (the van, a border post).</summary>
public sealed record OfflineTransaction(OfflineKind Kind, DateTimeOffset At, string RegistrationNumber, string? CardNumber);

public sealed record OfflineBatchRequest(string SiteCode, OfflineTransaction[] Transactions);

/// <summary>Per transaction, in the order they happened: applied, or why not.</summary>
public sealed record OfflineResult(int Index, OfflineKind Kind, string RegistrationNumber, bool Applied, string? Code, string? Message);

internal sealed class OfflineBatchRequestValidator : AbstractValidator<OfflineBatchRequest>
{
    public const int MaxTransactions = 5000;

    public OfflineBatchRequestValidator()
    {
        RuleFor(r => r.SiteCode).NotEmpty().MaximumLength(32);
        RuleFor(r => r.Transactions).NotEmpty().Must(t => t is null || t.Length <= MaxTransactions)
            .WithMessage(_ => new Bilingual($"Tối đa {MaxTransactions} giao dịch một lần tải lên.", $"At most {MaxTransactions} transactions per upload.").Current);
        RuleForEach(r => r.Transactions).ChildRules(t =>
        {
            t.RuleFor(x => x.Kind).IsInEnum();
            t.RuleFor(x => x.RegistrationNumber).NotEmpty().MaximumLength(40);
            t.RuleFor(x => x.CardNumber).NotEmpty().When(x => x.Kind == OfflineKind.CheckOut);
        });
    }
}

/// <summary>
/// Replays an offline desk's transactions in the order they happened, each at its own time, through the
/// same handlers the online desk uses; one refused transaction does not stop the others.
/// </summary>
internal sealed class OfflineBatch(CheckOutHandler checkOut, ReturnHandler returns, RenewHandler renew, InHouseUseHandler inHouse,
    DeskLookups lookups, CirculationDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<OfflineResult>> Apply(OfflineBatchRequest request, ClaimsPrincipal staff, CancellationToken ct)
    {
        var results = new List<OfflineResult>();
        var ordered = request.Transactions.Select((t, i) => (t, i)).OrderBy(x => x.t.At).ThenBy(x => x.i);
        foreach (var (t, index) in ordered)
        {
            try
            {
                if (t.At > clock.GetUtcNow().AddMinutes(5))
                    throw new RuleViolationException("OFFLINE_TIME_IN_FUTURE", new Bilingual(
                        "Thời điểm giao dịch nằm trong tương lai: đồng hồ máy ngoại tuyến sai?", "The transaction is dated in the future: is the offline machine's clock wrong?"));
                await ApplyOne(request.SiteCode, t, staff, ct);
                results.Add(new OfflineResult(index, t.Kind, t.RegistrationNumber, true, null, null));
            }
            catch (Exception e) when (e is RuleViolationException or NotFoundException or ForbiddenException)
            {
                db.ChangeTracker.Clear();
                var (code, text) = e switch
                {
                    RuleViolationException rule => (rule.Code, rule.Text),
                    NotFoundException missing => ("NOT_FOUND", missing.Text),
                    _ => ("OUTSIDE_YOUR_SITES", ((ForbiddenException)e).Text),
                };
                results.Add(new OfflineResult(index, t.Kind, t.RegistrationNumber, false, code, text.Current));
            }
        }
        return results.OrderBy(r => r.Index).ToList();
    }

    private async Task ApplyOne(string site, OfflineTransaction t, ClaimsPrincipal staff, CancellationToken ct)
    {
        switch (t.Kind)
        {
            case OfflineKind.CheckOut:
                await checkOut.Handle(new CheckOutRequest(t.CardNumber!, t.RegistrationNumber, site), null, staff, ct, t.At);
                break;
            case OfflineKind.Return:
                await returns.Handle(new ReturnRequest(t.RegistrationNumber, site), staff, ct, t.At);
                break;
            case OfflineKind.Renewal:
                var copy = await lookups.CopyAsync(t.RegistrationNumber, ct);
                var loanId = await db.Loans.Where(l => l.CopyId == copy.Id && l.ReturnedAt == null).Select(l => (Guid?)l.Id).SingleOrDefaultAsync(ct)
                    ?? throw new RuleViolationException("ITEM_NOT_ON_LOAN", new Bilingual(
                        $"Tài liệu {copy.RegistrationNumber} không đang được mượn.", $"Copy {copy.RegistrationNumber} is not on loan."));
                await renew.Handle(loanId, staff, automatic: false, ct, t.At);
                break;
            default:
                await inHouse.Handle(new InHouseUseRequest(t.RegistrationNumber, site, t.CardNumber), staff, ct, t.At);
                break;
        }
    }
}
