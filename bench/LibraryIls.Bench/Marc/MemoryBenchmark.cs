using System.Diagnostics;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Marc.Generation;

namespace LibraryIls.Bench.Marc;

/// <summary>
/// Memory stays flat: about 1 GB of generated ISO 2709 is piped into our converting child process
/// (stdin to MARCXML on stdout, drained here), which reports its peak resident set (VmHWM).
/// </summary>
internal static class MemoryBenchmark
{
    private const long TargetBytes = 100L * 1024 * 1024;

    public static int Run(double gigabytes)
    {
        var limit = (long)(gigabytes * 1024 * 1024 * 1024);
        var start = new ProcessStartInfo(Environment.ProcessPath!, ["marc", "cli", "convert", "--from", "iso2709", "--to", "marcxml", "-", "-"])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["LIBRARYILS_REPORT_PEAK_MEMORY"] = "1";
        var watch = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        var drained = Task.Run(() => Drain(child.StandardOutput.BaseStream));
        var errors = child.StandardError.ReadToEndAsync();
        long written = 0;
        var records = 0;
        using (var input = new CountingStream(child.StandardInput.BaseStream))
        using (var writer = new Iso2709Writer(input, leaveOpen: true))
        {
            var generator = new VietnameseRecordGenerator(seed: 1);
            while (input.Written < limit)
            {
                writer.Write(generator.Next());
                records++;
            }

            writer.Dispose();
            written = input.Written;
        }

        child.WaitForExit();
        var xmlBytes = drained.Result;
        var peakLine = errors.Result.Split('\n').FirstOrDefault(l => l.StartsWith("peak-memory", StringComparison.Ordinal)) ?? "";
        var peakKb = long.Parse(new string([.. peakLine.Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);
        var peak = peakKb * 1024;
        Console.WriteLine($"marc memory: {written / 1e9:F2} GB ISO 2709 ({records:N0} records) -> {xmlBytes / 1e9:F2} GB MARCXML through a pipe in {watch.Elapsed.TotalSeconds:F1} s; peak resident memory of the converting process {peak / 1048576.0:F1} MB (target < 100 MB) {(peak < TargetBytes && child.ExitCode == 0 ? "OK" : "ABOVE TARGET")}");
        return peak < TargetBytes && child.ExitCode == 0 ? 0 : 1;
    }

    private static long Drain(Stream output)
    {
        var buffer = new byte[1 << 20];
        long total = 0;
        int read;
        while ((read = output.Read(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }
}
