using System.Diagnostics;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Marc.Generation;

namespace LibraryIls.Bench.Marc;

/// <summary>
/// bench marc all|parse|convert|memory|generate|cli. Prints plain lines: figures for issue 3
/// (parse rate in process, whole-process ISO 2709 → MARCXML against yaz-marcdump, peak memory on 1 GB).
/// </summary>
internal static class MarcBench
{
    private const int Records = 100_000;

    public static int Run(string[] args) => args switch
    {
        ["cli", .. var rest] => RunCli(rest),
        ["generate", var path, .. var n] => Generate(path, n.Length > 0 ? int.Parse(n[0], System.Globalization.CultureInfo.InvariantCulture) : Records),
        ["parse"] => ParseBenchmark.Run(SampleFile()),
        ["convert"] => ConvertBenchmark.Run(SampleFile()),
        ["memory", .. var gb] => MemoryBenchmark.Run(gb.Length > 0 ? double.Parse(gb[0], System.Globalization.CultureInfo.InvariantCulture) : 1.0),
        ["all"] => All(),
        _ => Usage(),
    };

    private static int All()
    {
        var file = SampleFile();
        var failed = ParseBenchmark.Run(file);
        failed |= ConvertBenchmark.Run(file);
        failed |= MemoryBenchmark.Run(1.0);
        return failed;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: bench marc all|parse|convert|memory [GB]|generate OUT [N]|cli <marc command line>");
        return 2;
    }

    /// <summary>The 100,000-record Vietnamese file, generated once per machine (deterministic, so caching is safe).</summary>
    internal static string SampleFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"libraryils-bench-vi-v{VietnameseRecordGenerator.Version}-{Records}.mrc");
        if (!File.Exists(path))
        {
            Generate(path, Records);
        }

        return path;
    }

    private static int Generate(string path, int count)
    {
        var watch = Stopwatch.StartNew();
        var temporary = path + ".tmp";
        using (var output = File.Create(temporary))
        {
            new VietnameseRecordGenerator().WriteIso2709(output, count);
        }

        File.Move(temporary, path, overwrite: true);
        Console.WriteLine($"generated {count} records, {new FileInfo(path).Length / 1e6:F1} MB in {watch.Elapsed.TotalSeconds:F1} s: {path}");
        return 0;
    }

    /// <summary>The converting child process of the whole-process benchmarks; reports its own peak memory when asked.</summary>
    private static int RunCli(string[] args)
    {
        int exit;
        using (var stdin = Console.OpenStandardInput())
        using (var stdout = Console.OpenStandardOutput())
        {
            exit = MarcCommandLine.Run(args, stdin, stdout, Console.Error);
        }

        if (Environment.GetEnvironmentVariable("LIBRARYILS_REPORT_PEAK_MEMORY") == "1")
        {
            var peak = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            Console.Error.WriteLine($"peak-memory {peak}");
        }

        return exit;
    }
}
