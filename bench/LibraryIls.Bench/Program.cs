using LibraryIls.Bench.Circulation;
using LibraryIls.Bench.Imports;
using LibraryIls.Bench.Marc;

// bench <area> <name> [args]: each module adds its area here.
return args switch
{
    ["marc", .. var rest] => MarcBench.Run(rest),
    ["circulation", .. var rest] => await CirculationBench.RunAsync(rest),
    ["imports", .. var rest] => await ImportsBench.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench marc all|parse|convert|memory|generate OUT [N]|cli <marc command line>");
    Console.Error.WriteLine("       bench circulation [sqlite|postgres] [--clients 16] [--seconds 20]");
    Console.Error.WriteLine("       bench imports sqlite|postgres [--records 100000] | imports merge [sqlite|postgres] [--works 20000]");
    return 2;
}
