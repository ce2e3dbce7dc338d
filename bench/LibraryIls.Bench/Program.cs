using LibraryIls.Bench.Circulation;
using LibraryIls.Bench.Imports;
using LibraryIls.Bench.Marc;
using LibraryIls.Bench.Opac;
using LibraryIls.Bench.Reporting;

// bench <area> <name> [args]: each module adds its area here.
return args switch
{
    ["marc", .. var rest] => MarcBench.Run(rest),
    ["circulation", .. var rest] => await CirculationBench.RunAsync(rest),
    ["reporting", .. var rest] => await ReportingBench.RunAsync(rest),
    ["opac", "words", .. var rest] => await OpacWordsBench.RunAsync(rest),
    ["opac", .. var rest] => await OpacBench.RunAsync(rest),
    ["imports", .. var rest] => await ImportsBench.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench marc all|parse|convert|memory|generate OUT [N]|cli <marc command line>");
    Console.Error.WriteLine("       bench circulation [sqlite|postgres] [--clients 16] [--seconds 20] [--rate N (open loop, N scans/s offered)] [--warmup 90 (longest)]");
    Console.Error.WriteLine("       bench reporting [sqlite|postgres] [--events 10000000] [--visits 2000000] [--keep]");
    Console.Error.WriteLine("       bench opac [sqlite|postgres] [--records 1000000] [--queries 600] [--reuse FILE|DBNAME] | opac words [--records 100000] [--before]");
    Console.Error.WriteLine("       bench imports sqlite|postgres [--records 100000] [--repeat N] | imports merge [sqlite|postgres] [--works 20000] [--repeat N]");
    return 2;
}
