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
        for (var run = 0; run < 7; run++)
        {
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
            if (run >= 2)
            {
                rates.Add(count / watch.Elapsed.TotalSeconds);
            }
        }

        rates.Sort();
        var median = rates[rates.Count / 2];
        Console.WriteLine($"marc parse: {median:N0} records/s in process (median of {rates.Count} runs after 2 warm-up, target {Target:N0}) {(median >= Target ? "OK" : "BELOW TARGET")}");
        return median >= Target ? 0 : 1;
    }
}
