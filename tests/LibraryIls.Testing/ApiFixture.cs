using System.Collections.Concurrent;

namespace LibraryIls.Testing;

/// <summary>One started API per engine for a test class; tests keep apart by using their own codes.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<LibraryIlsApi>>> _apis = new();

    public Task<LibraryIlsApi> For(string provider) =>
        _apis.GetOrAdd(provider, p => new Lazy<Task<LibraryIlsApi>>(() => LibraryIlsApi.StartAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var api in _apis.Values.Where(a => a.IsValueCreated))
            await (await api.Value).DisposeAsync();
    }
}
