using System.Diagnostics;

namespace LibraryIls.Bench.Circulation;

/// <summary>
/// What a scan costs, which a loaded machine changes far less than it changes throughput: CPU time of this process
/// (the API and the desk clients), CPU time of the PostgreSQL server when it runs on this machine, commands sent to
/// PostgreSQL (Npgsql reports each as an activity; a transaction's COMMIT is not one), and bytes allocated on the
/// managed heap, which the load does not change at all.
/// </summary>
internal sealed class CostMeter : IDisposable
{
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly PostgresServerCpu? _server;
    private readonly double _serverCpuAtStart;
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
    private readonly ActivityListener _listener;
    private long _commands;

    public CostMeter(PostgresServerCpu? server = null)
    {
        _server = server;
        _serverCpuAtStart = server?.Milliseconds() ?? 0;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
            ActivityStopped = _ => Interlocked.Increment(ref _commands),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public double CpuMillisecondsPer(long operations) =>
        (Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart).TotalMilliseconds / Math.Max(1, operations);

    /// <summary>Null when the server's CPU cannot be read (another machine, another user).</summary>
    public double? ServerCpuMillisecondsPer(long operations) =>
        _server is null ? null : (_server.Milliseconds() - _serverCpuAtStart) / Math.Max(1, operations);

    public double KilobytesAllocatedPer(long operations) =>
        (GC.GetTotalAllocatedBytes(precise: true) - _allocatedAtStart) / 1024.0 / Math.Max(1, operations);

    public double CommandsPer(long operations) => (double)Interlocked.Read(ref _commands) / Math.Max(1, operations);

    public void Dispose() => _listener.Dispose();
}
