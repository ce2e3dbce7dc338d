using System.Threading.Channels;
using LibraryIls.Catalog.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LibraryIls.Catalog.Opac;

/// <summary>
/// Counts online accesses without making a reader wait for a write: a search or record view is queued in
/// memory and written in batches (at most a second later); on a graceful shutdown the queue is drained first.
/// </summary>
internal sealed class OpacAccessLog(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OpacAccessLog> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private readonly Channel<OpacAccess> _queue = Channel.CreateUnbounded<OpacAccess>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _writing = new(1, 1);

    public void Record(string kind, Guid? siteId) =>
        _queue.Writer.TryWrite(new OpacAccess(kind, clock.GetUtcNow().UtcDateTime, siteId));

    /// <summary>Writes whatever is queued now (tests and shutdown).</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await _writing.WaitAsync(ct);
        try
        {
            while (_queue.Reader.TryPeek(out _)) await WriteBatch(ct);
        }
        finally
        {
            _writing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                try
                {
                    await FlushAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The batch stays queued only if the write never started; a failed database write is logged, not retried forever.
                    logger.LogError(ex, "Writing OPAC accesses failed.");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task WriteBatch(CancellationToken ct)
    {
        var batch = new List<OpacAccess>(BatchSize);
        while (batch.Count < BatchSize && _queue.Reader.TryRead(out var access)) batch.Add(access);
        if (batch.Count == 0) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        db.OpacAccesses.AddRange(batch);
        await db.SaveChangesAsync(ct);
    }
}
