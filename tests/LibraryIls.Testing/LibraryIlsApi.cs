using System.Net.Http.Headers;
using System.Net.Http.Json;
using LibraryIls.Organization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LibraryIls.Testing;

/// <summary>The whole API, started in process on one fresh database of the given engine.</summary>
public sealed class LibraryIlsApi : WebApplicationFactory<Program>
{
    public const string AdminUser = "test.admin";
    public const string Password = "Mat-khau-thu-nghiem-1";

    private readonly string _connectionString;
    private readonly Func<Task> _drop;
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "libraryils-tests", "data-" + Guid.NewGuid().ToString("N"));

    private LibraryIlsApi(string provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        _connectionString = connectionString;
        _drop = drop;
    }

    public string Provider { get; }

    /// <summary>The clock the whole API runs on; tests that move it get a host of their own (a class fixture).</summary>
    public AdjustableClock Clock { get; } = new();

    /// <param name="listenOnRealPort">Serve on a real loopback port (Kestrel), for clients outside the process such as a harvester.</param>
    public static async Task<LibraryIlsApi> StartAsync(string provider, bool listenOnRealPort = false)
    {
        var (connection, drop) = await TestDatabases.CreateAsync(provider);
        var api = new LibraryIlsApi(provider, connection, drop);
        if (listenOnRealPort)
        {
            api.UseKestrel(0);
            api.StartServer();
        }
        using (var scope = api.Services.CreateScope())
            await OrganizationModule.CreateAdminAsync(scope.ServiceProvider, AdminUser, "Quản trị thử nghiệm", Password, default);
        return api;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:ConnectionString", _connectionString);
        builder.UseSetting("Database:DataFolder", _dataFolder);
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(_dataFolder, "keys"));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Where the API listens when started with a real port.</summary>
    public Uri ListeningAddress => new(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
        .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First());

    /// <summary>A client with no token: what the public and a stranger see.</summary>
    public HttpClient Anonymous() => CreateClient();

    public async Task<HttpClient> SignInAsync(string userName, string password = Password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public Task<HttpClient> AdminAsync() => SignInAsync(AdminUser);

    /// <summary>Opens a staff account with one role at the given sites and signs it in.</summary>
    public async Task<HttpClient> StaffAsync(string role, params string[] siteCodes)
    {
        var admin = await AdminAsync();
        var userName = $"{role.ToLowerInvariant()}.{Guid.NewGuid().ToString("N")[..8]}";
        var response = await admin.PostAsJsonAsync("/api/organization/staff",
            new { userName, fullName = "Nhân viên thử nghiệm", password = Password, roles = new[] { role }, siteCodes });
        response.EnsureSuccessStatusCode();
        return await SignInAsync(userName);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _drop();
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { }
    }

    private sealed record TokenBody(string AccessToken);
}
