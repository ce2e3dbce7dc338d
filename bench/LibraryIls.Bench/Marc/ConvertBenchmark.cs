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
            }

            if (haveYaz)
            {
                var theirs = Shell(yazCommand);
                if (run > 0)
                {
                    yaz.Add(records / theirs.Seconds);
                }
            }
        }

        var oursMedian = Median(ours);
        Console.WriteLine($"marc convert (whole process, ISO 2709 -> MARCXML, {records:N0} records): ours {oursMedian:N0} records/s (median of {Runs})");
        if (!haveYaz)
        {
            Console.WriteLine("marc convert: yaz-marcdump not on PATH (apt-get install yaz); no comparison");
            return 1;
        }

        var yazMedian = Median(yaz);
        var ratio = oursMedian / yazMedian;
        Console.WriteLine($"marc convert: yaz-marcdump {yazMedian:N0} records/s (median of {Runs}); ratio ours/yaz {ratio:F2}x (target {TargetRatio}x) {(ratio >= TargetRatio ? "OK" : "BELOW TARGET")}");
        return ratio >= TargetRatio ? 0 : 1;
    }

    internal static (int ExitCode, double Seconds) Shell(string command)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", command]) { UseShellExecute = false };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return (process.ExitCode, watch.Elapsed.TotalSeconds);
    }

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
