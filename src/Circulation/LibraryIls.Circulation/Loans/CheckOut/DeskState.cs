using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Holds;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Loans.CheckOut;

/// <summary>
/// Everything Circulation itself knows that bears on one checkout — the reader's open loans, whether the copy is
/// out already, a hold that has claimed it, a transfer it is travelling on — read in one round trip, because a
/// busy desk pays for every trip to the database.
/// </summary>
internal sealed record DeskState(
    IReadOnlyList<DeskState.OpenLoan> ReaderLoans,
    bool CopyOnLoan,
    DeskState.ClaimingHold? Hold,
    bool CopyInTransfer)
{
    internal sealed record OpenLoan(string ItemType, DateTimeOffset DueAt);

    internal sealed record ClaimingHold(Guid Id, Guid? ReaderId, HoldStatus Status);

    private const int Loan = 1, HoldReady = 2, HoldInTransit = 3, Transfer = 4;

    /// <summary>One row per fact; a kind of row leaves empty the columns it does not have.</summary>
    private sealed class Row
    {
        public int Kind { get; init; }
        public Guid Id { get; init; }
        public Guid? ReaderId { get; init; }
        public Guid CopyId { get; init; }
        public string ItemType { get; init; } = "";
        public DateTimeOffset? At { get; init; }
    }

    /// <summary>Compiled: every checkout runs it, and EF would otherwise walk and hash its three-part tree per scan.</summary>
    private static readonly CompiledPerModel<Func<CirculationDbContext, Guid, Guid, IAsyncEnumerable<Row>>> Facts =
        new(() => EF.CompileAsyncQuery((CirculationDbContext db, Guid readerId, Guid copyId) =>
            db.Loans.Where(l => l.ReturnedAt == null && (l.ReaderId == readerId || l.CopyId == copyId))
                .Select(l => new Row { Kind = Loan, Id = l.Id, ReaderId = l.ReaderId, CopyId = l.CopyId, ItemType = l.ItemType, At = l.DueAt })
                .Concat(db.Holds.Where(h => h.CopyId == copyId && (h.Status == HoldStatus.ReadyForPickup || h.Status == HoldStatus.InTransit))
                    .Select(h => new Row
                    {
                        Kind = h.Status == HoldStatus.ReadyForPickup ? HoldReady : HoldInTransit,
                        Id = h.Id, ReaderId = h.ReaderId, CopyId = copyId, ItemType = "", At = h.PickupBy,
                    }))
                .Concat(db.Transfers.Where(t => t.CopyId == copyId && t.ReceivedAt == null)
                    .Select(t => new Row { Kind = Transfer, Id = t.Id, ReaderId = null, CopyId = t.CopyId, ItemType = "", At = t.SentAt }))));

    public static async Task<DeskState> ReadAsync(CirculationDbContext db, Guid readerId, Guid copyId, CancellationToken ct)
    {
        var rows = new List<Row>();
        await foreach (var row in Facts.For(db)(db, readerId, copyId).WithCancellation(ct)) rows.Add(row);

        var hold = rows.Where(r => r.Kind is HoldReady or HoldInTransit).OrderBy(r => r.Kind).FirstOrDefault();
        return new DeskState(
            rows.Where(r => r.Kind == Loan && r.ReaderId == readerId).Select(r => new OpenLoan(r.ItemType, r.At!.Value)).ToList(),
            rows.Any(r => r.Kind == Loan && r.CopyId == copyId),
            hold is null ? null : new ClaimingHold(hold.Id, hold.ReaderId, hold.Kind == HoldReady ? HoldStatus.ReadyForPickup : HoldStatus.InTransit),
            rows.Any(r => r.Kind == Transfer));
    }
}
