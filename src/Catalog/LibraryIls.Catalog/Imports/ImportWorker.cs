using System.Threading.Channels;
using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// The background job that runs import batches one after another in the API process. At start it picks up
/// batches a stopped or crashed process left staging, committing or undoing, and carries them on.
/// </summary>
internal sealed class ImportWorker(IServiceScopeFactory scopes, ILogger<ImportWorker> log) : BackgroundService
{
    private readonly Channel<Guid> _queue = Channel.CreateUnbounded<Guid>();

    public void Enqueue(Guid batchId) => _queue.Writer.TryWrite(batchId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
                var unfinished = await db.ImportBatches.AsNoTracking()
                    .Where(b => b.Status == ImportBatchStatus.Staging || b.Status == ImportBatchStatus.Committing || b.Status == ImportBatchStatus.Undoing)
                    .OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(stoppingToken);
                foreach (var id in unfinished) Enqueue(id);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Before the first migration the table is not there yet; new batches still arrive through the queue.
            log.LogWarning(e, "Could not look for unfinished import batches");
        }
        await foreach (var batchId in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ImportJob>().RunAsync(batchId, stoppingToken);
        }
    }
}
