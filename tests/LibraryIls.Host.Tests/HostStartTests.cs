using System.Diagnostics;
using System.Net;

namespace LibraryIls.Host.Tests;

/// <summary>
/// The host started as a service manager or a container starts an installed copy: from a folder of its own, told
/// where to listen by the ecosystem's usual means, choosing its data folder by the platform's conventions and saying
/// at start which database it uses.
/// </summary>
public sealed class HostStartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "libraryils-tests", "start-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Given_ASPNETCORE_URLS_When_an_installed_copy_starts_elsewhere_Then_it_listens_there_and_keeps_its_data_in_local_application_data()
    {
        // The local application data folder is XDG_DATA_HOME only on Linux; elsewhere the test would write into the real one.
        if (!OperatingSystem.IsLinux()) Assert.Skip("XDG_DATA_HOME places the local application data on Linux only");
        var localData = Path.Combine(_folder, "xdg-data");
        var started = await StartAsync(new() { ["ASPNETCORE_URLS"] = "http://127.0.0.1:18080", ["XDG_DATA_HOME"] = localData }, []);

        started.Listening.ShouldContain("http://127.0.0.1:18080");
        (await Health("http://127.0.0.1:18080")).ShouldBe(HttpStatusCode.OK);
        var database = Path.Combine(localData, "LibraryIls", "libraryils.db");
        File.Exists(database).ShouldBeTrue("the database of a copy started outside its project goes to the local application data");
        started.Log.ShouldContain($"Database: Sqlite file {database}");
        started.Log.ShouldContain("(from the user's local application data)");
        Directory.Exists(Path.Combine(AppContext.BaseDirectory, "App_Data")).ShouldBeFalse("nothing is written beside the binaries");
    }

    [Fact]
    public async Task Given_urls_on_the_command_line_When_the_host_starts_Then_it_listens_there()
    {
        // Port 0: the system gives a free one, and the host says which.
        var started = await StartAsync(new() { ["Database__DataFolder"] = Path.Combine(_folder, "data") }, ["--urls", "http://127.0.0.1:0"]);

        started.Listening.ShouldStartWith("http://127.0.0.1:");
        started.Listening.ShouldNotEndWith(":0");
        (await Health(started.Listening.Trim())).ShouldBe(HttpStatusCode.OK);
        started.Log.ShouldContain($"Database: Sqlite file {Path.Combine(_folder, "data", "libraryils.db")}");
    }

    [Fact]
    public async Task Given_ASPNETCORE_HTTP_PORTS_and_a_systemd_state_directory_When_the_host_starts_Then_it_listens_on_that_port_and_keeps_its_data_there()
    {
        var state = Path.Combine(_folder, "state");
        var started = await StartAsync(new() { ["ASPNETCORE_HTTP_PORTS"] = "18082", ["STATE_DIRECTORY"] = state }, []);

        started.Listening.ShouldContain(":18082");
        (await Health("http://127.0.0.1:18082")).ShouldBe(HttpStatusCode.OK);
        File.Exists(Path.Combine(state, "libraryils.db")).ShouldBeTrue();
        started.Log.ShouldContain("(from STATE_DIRECTORY)");
        started.Log.ShouldContain($"Keys: {Path.Combine(state, "keys")}");
    }

    private sealed record Started(string Listening, string Log);

    private readonly List<Process> _processes = [];

    /// <summary>Starts the host from an empty folder and reads its log until it says where it listens.</summary>
    private async Task<Started> StartAsync(Dictionary<string, string> environment, string[] args)
    {
        Directory.CreateDirectory(_folder);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LibraryIls.Host.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "STATE_DIRECTORY", "Database__DataFolder",
                     "DataProtection__KeysFolder", "ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT" })
            start.Environment.Remove(name);
        start.Environment["Jobs__Enabled"] = "false";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start)!;
        _processes.Add(process);
        var log = new System.Text.StringBuilder();
        // A generous deadline only stops a host that never starts; the signal is its own "Now listening on" line.
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            log.AppendLine(line);
            if (line.Contains("Now listening on: ", StringComparison.Ordinal))
                return new(line[(line.IndexOf("Now listening on: ", StringComparison.Ordinal) + 18)..], log.ToString());
        }
        throw new InvalidOperationException($"The host ended without listening:\n{log}\n{await process.StandardError.ReadToEndAsync()}");
    }

    private static async Task<HttpStatusCode> Health(string baseUrl)
    {
        using var client = new HttpClient();
        return (await client.GetAsync(baseUrl + "/health")).StatusCode;
    }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
