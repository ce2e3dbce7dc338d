using LibraryIls.Circulation.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Desk;

/// <summary>
/// A desk action's few rows (the loan or return, its event, an idempotency key, a filled hold) saved in one round trip.
/// On PostgreSQL EF would wrap them in BEGIN … COMMIT, and the COMMIT costs a round trip of its own; without it, Npgsql
/// sends the statements as one batch closed by a single Sync, which PostgreSQL runs as one implicit transaction: all
/// rows or none (a refused insert, such as a second open loan of a copy, discards the whole batch). A save too large
/// for one batch, or one inside a transaction the caller opened, goes the ordinary way.
/// </summary>
internal static class DeskSave
{
    /// <summary>Far below Npgsql's batch size (1000 statements), so the save can never be split.</summary>
    private const int OneBatch = 50;

    public static async Task SaveInOneTripAsync(this CirculationDbContext db, CancellationToken ct)
    {
        if (db is not PostgresCirculationDbContext || db.Database.CurrentTransaction is not null || db.ChangeTracker.Entries().Count() > OneBatch)
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        var before = db.Database.AutoTransactionBehavior;
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Database.AutoTransactionBehavior = before;
        }
    }
}
