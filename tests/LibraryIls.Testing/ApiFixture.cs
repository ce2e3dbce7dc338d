using System.Collections.Concurrent;

namespace LibraryIls.Testing;

/// <summary>One started API per engine for a test class; tests keep apart by using their own codes.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<LibraryIlsApi>>> _apis = new();

    public Task<LibraryIlsApi> For(string provider) =>
        _apis.GetOrAdd(provider, p => new Lazy<Task<LibraryIlsApi>>(() => LibraryIlsApi.StartAsync(p))).Value;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        // An engine that never started (PostgreSQL skipped, or a failed start already reported by its tests) has nothing to stop.
        foreach (var api in _apis.Values.Where(a => a.IsValueCreated && a.Value.IsCompletedSuccessfully))
            await api.Value.Result.DisposeAsync();
    }
}
