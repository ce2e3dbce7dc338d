using System.Text.Json;

namespace LibraryIls.Host.Tests;

/// <summary>
/// The host runs the server garbage collector without DATAS (eng/GarbageCollector.props): with it, a 100,000-record import
/// stood paused 2.5-2.9 s for collections instead of about 1 s. The runtime reads the setting from the host's runtimeconfig.json,
/// the one beside LibraryIls.Host.dll that the command-line tests run too.
/// </summary>
public sealed class GarbageCollectorTests
{
    [Fact]
    public void Given_the_built_host_When_its_runtime_settings_are_read_Then_the_server_collector_runs_without_dynamic_adaptation()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "LibraryIls.Host.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        properties.GetProperty("System.GC.Server").GetBoolean().ShouldBeTrue();
        properties.GetProperty("System.GC.DynamicAdaptationMode").GetInt32().ShouldBe(0);
    }
}
