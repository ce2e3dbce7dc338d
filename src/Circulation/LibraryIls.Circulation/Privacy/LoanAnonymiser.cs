using LibraryIls.BuildingBlocks.Jobs;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Holds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LibraryIls.Circulation.Privacy;

public sealed record AnonymisationResult(int Loans, int Holds, DateTimeOffset ReturnedBefore);

/// <summary>
/// Returned loans and closed holds older than the configured age forget their reader (Decree 13/2023:
/// keep personal data no longer than needed). The event log never held the reader, so statistics stay.
/// </summary>
internal sealed class LoanAnonymiser(CirculationDbContext db, IOptions<CirculationOptions> options, TimeProvider clock) : IScheduledJob
{
    public Task RunAsync(CancellationToken ct) => Anonymise(null, ct);

    public async Task<AnonymisationResult> Anonymise(int? olderThanDays, CancellationToken ct)
    {
        var before = clock.GetUtcNow().AddDays(-(olderThanDays ?? options.Value.AnonymiseLoansAfterDays));
        var loans = await db.Loans.Where(l => l.ReaderId != null && l.ReturnedAt != null && l.ReturnedAt <= before).ToListAsync(ct);
        foreach (var loan in loans) loan.Anonymise();
        var holds = await db.Holds.Where(h => h.ReaderId != null && h.ClosedAt != null && h.ClosedAt <= before).ToListAsync(ct);
        foreach (var hold in holds) hold.Anonymise();
        await db.SaveChangesAsync(ct);
        return new AnonymisationResult(loans.Count, holds.Count, before);
    }
}
