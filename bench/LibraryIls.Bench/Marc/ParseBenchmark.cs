using System.Diagnostics;
using LibraryIls.Catalog.Marc;

namespace LibraryIls.Bench.Marc;

/// <summary>
/// Parsing alone, in process: ISO 2709 file (in the page cache) to MarcRecord objects. Two figures:
/// the parse itself (leader, directory, fields, indicators; subfields of clean UTF-8 records are
/// decoded on first access) and parse plus reading every subfield value, which forces all decoding.
/// </summary>
internal static class ParseBenchmark
{
    private const double Target = 300_000;

    public static int Run(string file)
    {
        var (parse, parseBest, parseCpu) = Measure(file, decodeEverything: false);
        var (decode, decodeBest, decodeCpu) = Measure(file, decodeEverything: true);
        Console.WriteLine($"marc parse: {parse:N0} records/s in process, wall clock (median of 5 runs after 2 warm-up; best {parseBest:N0}; target {Target:N0}) {(parse >= Target ? "OK" : "BELOW TARGET")}; {parseCpu:N0} records per CPU second (all threads, GC included)");
        Console.WriteLine($"marc parse + decode every subfield value: {decode:N0} records/s wall clock (best {decodeBest:N0}); {decodeCpu:N0} records per CPU second");
        return parse >= Target ? 0 : 1;
    }

    private static (double Wall, double Best, double Cpu) Measure(string file, bool decodeEverything)
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
            var characters = 0L;
            using (var reader = Iso2709Reader.Open(file))
            {
                foreach (var record in reader)
                {
                    count++;
                    characters += record.Fields.Count;
                    if (decodeEverything)
                    {
                        characters += CountCharacters(record);
                    }
                }
            }

            watch.Stop();
            self.Refresh();
            if (run >= 2 && characters > 0)
            {
                rates.Add(count / watch.Elapsed.TotalSeconds);
                cpuRates.Add(count / (self.TotalProcessorTime - cpuBefore).TotalSeconds);
            }
        }

        rates.Sort();
        cpuRates.Sort();
        return (rates[rates.Count / 2], rates[^1], cpuRates[cpuRates.Count / 2]);
    }

    private static long CountCharacters(MarcRecord record)
    {
        var characters = 0L;
        foreach (var field in record.Fields)
        {
            if (field is DataField data)
            {
                foreach (var subfield in data.Subfields)
                {
                    characters += subfield.Value.Length;
                }
            }
        }

        return characters;
    }
}
