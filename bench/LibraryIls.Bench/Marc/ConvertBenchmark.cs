using System.Diagnostics;

namespace LibraryIls.Bench.Marc;

/// <summary>
/// Whole process, side by side: our CLI (this Release executable, "marc cli convert") against
/// yaz-marcdump -i marc -o marcxml on the same file, both writing a file through /bin/sh.
/// Alternating runs, median of each.
/// </summary>
internal static class ConvertBenchmark
{
    private const int Runs = 5;
    private const double TargetRatio = 1.5;

    public static int Run(string file)
    {
        var records = CountRecords(file);
        var ours = new List<double>();
        var yaz = new List<double>();
        var oursCpu = new List<double>();
        var yazCpu = new List<double>();
        var self = Environment.ProcessPath!;
        var oursCommand = $"'{self}' marc cli convert --from iso2709 --to marcxml '{file}' /tmp/libraryils-bench-ours.xml";
        var yazCommand = $"yaz-marcdump -i marc -o marcxml '{file}' > /tmp/libraryils-bench-yaz.xml";
        var haveYaz = Shell("command -v yaz-marcdump >/dev/null").ExitCode == 0;
        for (var run = 0; run < Runs + 1; run++)
        {
            var mine = Shell(oursCommand);
            if (mine.ExitCode != 0)
            {
                Console.WriteLine($"marc convert: our CLI failed with exit code {mine.ExitCode}");
                return 1;
            }

            // The first pair warms the page cache for both.
            if (run > 0)
            {
                ours.Add(records / mine.Seconds);
                oursCpu.Add(records / mine.CpuSeconds);
            }

            if (haveYaz)
            {
                var theirs = Shell(yazCommand);
                if (run > 0)
                {
                    yaz.Add(records / theirs.Seconds);
                    yazCpu.Add(records / theirs.CpuSeconds);
                }
            }
        }

        File.Delete("/tmp/libraryils-bench-ours.xml");
        File.Delete("/tmp/libraryils-bench-yaz.xml");
        var oursMedian = Median(ours);
        Console.WriteLine($"marc convert (whole process, ISO 2709 -> MARCXML, {records:N0} records): ours {oursMedian:N0} records/s wall clock, {Median(oursCpu):N0} records per CPU second (median of {Runs})");
        if (!haveYaz)
        {
            Console.WriteLine("marc convert: yaz-marcdump not on PATH (apt-get install yaz); no comparison");
            return 1;
        }

        var yazMedian = Median(yaz);
        var ratio = oursMedian / yazMedian;
        Console.WriteLine($"marc convert: yaz-marcdump {yazMedian:N0} records/s wall clock, {Median(yazCpu):N0} records per CPU second (median of {Runs})");
        Console.WriteLine($"marc convert: ratio ours/yaz {ratio:F2}x wall clock (target {TargetRatio}x) {(ratio >= TargetRatio ? "OK" : "BELOW TARGET")}; {Median(oursCpu) / Median(yazCpu):F2}x per CPU second; load average {LoadAverage()}");
        return ratio >= TargetRatio ? 0 : 1;
    }

    internal static (int ExitCode, double Seconds, double CpuSeconds) Shell(string command)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", command]) { UseShellExecute = false };
        var cpuBefore = ChildCpuTime.Seconds();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.WaitForExit();
        var wall = watch.Elapsed.TotalSeconds;
        return (process.ExitCode, wall, ChildCpuTime.Seconds() - cpuBefore);
    }

    /// <summary>The machine's load while measuring: other work on a 2-core box skews wall-clock figures.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static int CountRecords(string file)
    {
        using var stream = File.OpenRead(file);
        var buffer = new byte[1 << 20];
        var count = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            count += buffer.AsSpan(0, read).Count((byte)0x1D);
        }

        return count;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
