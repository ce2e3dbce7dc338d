using LibraryIls.Bench.Circulation;
using LibraryIls.Bench.Marc;
using LibraryIls.Bench.Opac;

// bench <area> <name> [args]: each module adds its area here.
return args switch
{
    ["marc", .. var rest] => MarcBench.Run(rest),
    ["circulation", .. var rest] => await CirculationBench.RunAsync(rest),
    ["opac", .. var rest] => await OpacBench.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench marc all|parse|convert|memory|generate OUT [N]|cli <marc command line>");
    Console.Error.WriteLine("       bench circulation [sqlite|postgres] [--clients 16] [--seconds 20]");
    Console.Error.WriteLine("       bench opac [sqlite|postgres] [--records 1000000] [--queries 600]");
    return 2;
}
