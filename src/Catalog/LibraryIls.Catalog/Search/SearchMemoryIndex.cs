using System.Diagnostics;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Search.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LibraryIls.Catalog.Search;

/// <summary>Settings of the OPAC search (section Catalog:Opac).</summary>
internal sealed class OpacSearchOptions
{
    /// <summary>Answer searches from the index held in memory (loaded at start); false: every search is one SQL statement.</summary>
    public bool MemoryIndex { get; set; } = true;
}

/// <summary>
/// The OPAC index in memory, for one process. Loaded in the background at start (searches go to SQL meanwhile),
/// then before each search brought up to the last committed change version (<see cref="SearchChanges"/>), one
/// cheap query when nothing changed, so writes by any process (another server, the CLI import) are seen.
/// A change too large to lay over (the index rebuild) loads the whole index again in the background.
/// </summary>
internal sealed class SearchMemoryIndex(IServiceScopeFactory scopes, IOptions<OpacSearchOptions> options, ILogger<SearchMemoryIndex> log)
{
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly SemaphoreSlim _catchUp = new(1, 1);
    private readonly Lock _loading = new();
    private MemoryCatalogue? _catalogue;
    private long _version;
    private Task? _load;

    public sealed record Figures(int Records, int Words, long Postings, long WordsInRecords, double LoadSeconds, long ApproximateBytes);

    public Figures? Loaded { get; private set; }

    public async Task<SearchOutcome?> Find(SearchPlan plan, CancellationToken ct)
    {
        if (!options.Value.MemoryIndex) return null;
        var catalogue = _catalogue;
        if (catalogue is null)
        {
            _ = StartLoading();
            return null;
        }
        await CatchUp(catalogue, ct);
        _lock.EnterReadLock();
        try
        {
            return MemoryQuery.Run(_catalogue!, plan);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The reader still gets an answer, from SQL; the log says what the memory index could not do.
            log.LogError(e, "OPAC memory index: a search failed; answered by SQL");
            return null;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Starts a load unless one is running (again: even when one has finished); the task ends when it has.</summary>
    public Task StartLoading(bool again = false)
    {
        lock (_loading)
        {
            if (_load is null || (_load.IsCompleted && (again || _catalogue is null))) _load = Task.Run(LoadAsync);
            return _load;
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            log.LogInformation("OPAC memory index: loading …");
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            var version = await SearchChanges.CurrentAsync(db, default);
            var catalogue = await new MemoryCatalogueReader(db).LoadAsync(message => log.LogInformation("OPAC memory index: {Progress}", message), default);
            var bytes = GC.GetTotalMemory(forceFullCollection: true) - before;
            _lock.EnterWriteLock();
            try
            {
                _catalogue = catalogue;
                _version = version;
            }
            finally
            {
                _lock.ExitWriteLock();
            }
            Loaded = new Figures(catalogue.Documents, catalogue.Words, catalogue.Postings, catalogue.TokenCount, clock.Elapsed.TotalSeconds, bytes);
            log.LogInformation("OPAC memory index: {Records:N0} records, {Words:N0} words, {Postings:N0} postings loaded in {Seconds:F1} s, about {Megabytes:N0} MB",
                catalogue.Documents, catalogue.Words, catalogue.Postings, clock.Elapsed.TotalSeconds, bytes / 1024 / 1024);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Searches go on by SQL; the next search tries the load again.
            log.LogWarning(e, "OPAC memory index: the load failed; searching by SQL until it succeeds");
            lock (_loading) _load = null;
        }
    }

    /// <summary>Applies the changes committed after the loaded version: small ones laid over the index, a large one by a new load.</summary>
    private async Task CatchUp(MemoryCatalogue catalogue, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var current = await SearchChanges.CurrentAsync(db, ct);
        if (current <= Volatile.Read(ref _version)) return;
        await _catchUp.WaitAsync(ct);
        try
        {
            var since = Volatile.Read(ref _version);
            if (current <= since || !ReferenceEquals(catalogue, _catalogue)) return;
            var reader = new MemoryCatalogueReader(db);
            var (documents, holdingsOnly) = await reader.ChangedSinceAsync(since, ct);
            if (documents.Count > Math.Max(50_000, catalogue.Documents / 4))
            {
                _ = StartLoading(again: true);
                return;
            }
            var docNos = documents.Select(d => d.DocNo).ToList();
            var words = await reader.WordsOf(docNos, ct);
            var holdings = await reader.HoldingsOf([.. docNos, .. holdingsOnly], ct);
            _lock.EnterWriteLock();
            try
            {
                // A reload may have swapped in a newer catalogue meanwhile: it catches up by itself on the next search.
                if (!ReferenceEquals(catalogue, _catalogue)) return;
                foreach (var document in documents)
                {
                    catalogue.SetDocument(document);
                    catalogue.SetWords(document.DocNo, catalogue.Pack(words[document.DocNo]));
                    catalogue.SetHoldings(document.DocNo, holdings[document.DocNo]);
                }
                foreach (var docNo in holdingsOnly) catalogue.SetHoldings(docNo, holdings[docNo]);
                Volatile.Write(ref _version, current);
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
        finally
        {
            _catchUp.Release();
        }
    }
}

/// <summary>Starts loading the memory index once the host has started (after the migrations have run).</summary>
internal sealed class SearchIndexWarmUp(SearchMemoryIndex index, IHostApplicationLifetime lifetime, IOptions<OpacSearchOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MemoryIndex) lifetime.ApplicationStarted.Register(() => _ = index.StartLoading());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
