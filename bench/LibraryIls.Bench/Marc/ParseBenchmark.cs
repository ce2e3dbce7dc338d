using System.Diagnostics;
using LibraryIls.Catalog.Marc;

namespace LibraryIls.Bench.Marc;

/// <summary>Parsing alone, in process: ISO 2709 file (in the page cache) to MarcRecord objects, all fields decoded.</summary>
internal static class ParseBenchmark
{
    private const double Target = 300_000;

    public static int Run(string file)
    {
        var rates = new List<double>();
        var cpuRates = new List<double>();
        using var self = Process.GetCurrentProcess();
        for (var run = 0; run < 7; run++)
        {
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var count = 0;
            var fields = 0L;
            using (var reader = Iso2709Reader.Open(file))
            {
                foreach (var record in reader)
                {
                    count++;
                    fields += record.Fields.Count;
                }
            }

            watch.Stop();
            self.Refresh();
            if (run >= 2)
            {
                rates.Add(count / watch.Elapsed.TotalSeconds);
                cpuRates.Add(count / (self.TotalProcessorTime - cpuBefore).TotalSeconds);
            }
        }

        rates.Sort();
        cpuRates.Sort();
        var median = rates[rates.Count / 2];
        Console.WriteLine($"marc parse: {median:N0} records/s in process, wall clock (median of {rates.Count} runs after 2 warm-up, target {Target:N0}) {(median >= Target ? "OK" : "BELOW TARGET")}; {cpuRates[cpuRates.Count / 2]:N0} records per CPU second (all threads, GC included)");
        return median >= Target ? 0 : 1;
    }
}
